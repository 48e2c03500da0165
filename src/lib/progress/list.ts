import { addressOfKey } from './key-address.ts';
import { CORRUPT_MARK, KEY_ROOT, recordKey } from './keys.ts';
import { parseAnyRecord } from './legacy.ts';
import { mergeRecords } from './merge.ts';
import type { RecordAddress } from './record.ts';
import { hasProgress, type ProgressRecord } from './record.ts';
import type { ProgressStore } from './store.ts';
import { clampTimes } from './clamp.ts';

/**
 * Whole-device views of the store, for the progress page and the start page's solved notice. Kept
 * apart from the store so article pages do not download them.
 */

/**
 * Every valid record with progress on this device, newest first; invalid ones are set aside.
 * Times a wrong clock put in the future are shown as now, in their order (times.ts).
 */
export function listRecords(store: ProgressStore, now = Date.now()): ProgressRecord[] {
	const records = new Map<string, ProgressRecord>();
	for (const key of store.keys()) {
		const address = addressOfKey(key);
		const record = address && store.read(address);
		if (record && hasProgress(record)) records.set(recordKey(record), clampTimes(record, now));
	}
	return [...records.values()].sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * Remove every record this site stored on the device. Set-aside copies are kept (they are listed,
 * offered as a file and removed on their own: `forgetSetAside`); returns how many there are.
 */
export function forgetAll(store: ProgressStore): number {
	for (const key of store.keys()) {
		if (key.startsWith(KEY_ROOT) && !key.includes(CORRUPT_MARK)) store.remove(key);
	}
	return setAsideCopies(store).length;
}

/** A copy of a record that could not be read when it was found, kept under its own key. */
export interface SetAsideCopy {
	key: string;
	/** The checklist it belonged to, when its key says. */
	address: RecordAddress | null;
	/** The stored text, exactly as it was. */
	text: string;
}

/** Every set-aside copy on this device. */
export function setAsideCopies(store: ProgressStore): SetAsideCopy[] {
	return store
		.keys()
		.filter((key) => key.startsWith(KEY_ROOT) && key.includes(CORRUPT_MARK))
		.sort()
		.map((key) => ({
			key,
			address: addressOfKey(key.slice(0, key.indexOf(CORRUPT_MARK))),
			text: store.raw(key) ?? '',
		}));
}

/**
 * Takes back every set-aside copy that can be read now (one set aside by an older version for a
 * time it thought was in the future, say), merged into its checklist's record step by step, and
 * removes those copies. Returns how many were taken back.
 */
export function recoverSetAside(store: ProgressStore, now: number): number {
	let recovered = 0;
	for (const { key, address, text } of setAsideCopies(store)) {
		if (!address) continue;
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch {
			continue;
		}
		const record = parseAnyRecord(value, address, now);
		if (!record) continue;
		store.update(address, (latest) => mergeRecords(latest, record));
		store.remove(key);
		recovered += 1;
	}
	return recovered;
}

/** Remove every set-aside copy (the reader has been offered them as a file first). */
export function forgetSetAside(store: ProgressStore): void {
	for (const { key } of setAsideCopies(store)) store.remove(key);
}
