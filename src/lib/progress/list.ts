import { CORRUPT_MARK, KEY_ROOT, recordKey } from './keys.ts';
import type { RecordAddress } from './record.ts';
import { hasProgress, type ProgressRecord } from './record.ts';
import type { ProgressStore } from './store.ts';

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

/**
 * The page and checklist a current or legacy key belongs to, or null for any other key (another
 * feature's, a set-aside copy, or a version this code does not know). Here, not in keys.ts,
 * because only whole-device views need it and article pages should not download it.
 */
export function addressOfKey(key: string): RecordAddress | null {
	if (!key.startsWith(KEY_ROOT) || key.includes(CORRUPT_MARK)) return null;
	const rest = key.slice(KEY_ROOT.length).replace(/^v[12]:/, '');
	if (!rest.startsWith('/')) return null;
	const hash = rest.lastIndexOf('#');
	if (hash < 1) return null;
	return { page: rest.slice(0, hash), checklist: rest.slice(hash + 1) };
}
