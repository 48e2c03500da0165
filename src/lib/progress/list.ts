import { KEY_ROOT, addressOfKey, recordKey } from './keys';
import { hasProgress, type ProgressRecord } from './record';
import type { ProgressStore } from './store';

/**
 * Whole-device views of the store, for the progress page and the start page's solved notice. Kept
 * apart from the store so article pages do not download them.
 */

/** Every valid record with progress on this device, newest first; invalid ones are set aside. */
export function listRecords(store: ProgressStore): ProgressRecord[] {
	const records = new Map<string, ProgressRecord>();
	for (const key of store.keys()) {
		const address = addressOfKey(key);
		const record = address && store.read(address);
		if (record && hasProgress(record)) records.set(recordKey(record), record);
	}
	return [...records.values()].sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Remove every record this site stored on the device, set-aside copies included. */
export function forgetAll(store: ProgressStore): void {
	for (const key of store.keys()) if (key.startsWith(KEY_ROOT)) store.remove(key);
}
