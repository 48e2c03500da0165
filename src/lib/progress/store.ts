import { CORRUPT_MARK, KEY_ROOT, recordKey } from './keys.ts';
import { hasNewer, mergeRecords } from './merge.ts';
import { emptyRecord, parseRecord, type ProgressRecord, type RecordAddress } from './record.ts';
import { nextTime } from './times.ts';
import { SITE_NAME } from '../site.ts';

/**
 * Progress records in `localStorage` (or anything shaped like it), with the failure modes of real
 * phones handled here once: a record that cannot be read is set aside under a `:corrupt:` key and
 * reported, never thrown or deleted (list.ts shows such copies and takes back any that can be
 * read again); a storage that throws (private browsing, quota, disabled) keeps changes in memory
 * until a write works again. Older versions' records are
 * adopted by legacy.ts. It takes its storage and event target as arguments so it runs in Node.
 *
 * Two tabs can write the same record in the same instant, and browsers share `localStorage`
 * between tabs only eventually. So every change is made on the latest stored copy, and when
 * another tab's write arrives, the store merges it with what this tab knows (merge.ts) and writes
 * back anything the other tab missed. Both tabs end with both changes.
 */

/** The parts of the Web Storage API the store uses. */
export interface StorageLike {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** The parts of a `storage` event the store reads. */
export interface StorageEventLike {
	key: string | null;
	storageArea?: unknown;
}

/** Where `storage` events arrive (the window, in a browser). */
export interface StorageEventSource {
	addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
	removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

/** What the store needs from its surroundings. */
export interface ProgressStoreOptions {
	/** The storage to use; null when even reaching it threw. */
	storage: StorageLike | null;
	/** Where another tab's changes are announced. */
	events?: StorageEventSource;
	now?: () => number;
	warn?: (message: string) => void;
}

/** Why progress is not being kept: the browser refuses storage, or the device's storage is full. */
export type StorageProblem = 'blocked' | 'full';

/** A page's view of every progress record on this device. */
export interface ProgressStore {
	/** The record for a checklist, or null when there is none (or it was set aside). */
	read(address: RecordAddress): ProgressRecord | null;
	/**
	 * Change a record: `change` gets the latest stored copy (or an empty one) and the time for the
	 * change (now, or just after the record's latest time if a clock was put back: times.ts), and
	 * returns the new record, which is saved and announced to this page's subscribers. Returns
	 * what was saved.
	 */
	update(
		address: RecordAddress,
		change: (latest: ProgressRecord, now: number) => ProgressRecord
	): ProgressRecord;
	/**
	 * Read the value under another key with `parse` (for older versions' keys), then remove the
	 * key: returns the record, or null when there was none or it was set aside as unreadable.
	 */
	adopt(key: string, parse: (value: unknown) => ProgressRecord | null): ProgressRecord | null;
	/** Every key in storage and in memory (see list.ts for the records). */
	keys(): string[];
	/** The stored text under a key, as it is (for set-aside copies), or null. */
	raw(key: string): string | null;
	/** Remove a key from storage and memory. */
	remove(key: string): void;
	/**
	 * Null while changes outlive the page; otherwise why the last write did not (a later write
	 * that works clears it, and saves what was kept in memory meanwhile).
	 */
	problem(): StorageProblem | null;
	/**
	 * Be told when progress changed, in this page or another tab: the key that changed (compare
	 * with `recordKey`), or null when another tab cleared all of storage.
	 */
	subscribe(listener: (key: string | null) => void): () => void;
}

const PROBE_KEY = `${KEY_ROOT}probe`;

/** A progress store over the given storage. */
export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
	const { storage, events, now = Date.now, warn = console.warn } = options;
	// Records that could not be saved; they win over storage for the rest of the page's life.
	const memory = new Map<string, ProgressRecord>();
	// What this page last read or wrote per key, to merge another tab's write with.
	const known = new Map<string, ProgressRecord>();
	const listeners = new Set<(key: string | null) => void>();
	let problem: StorageProblem | null = storage ? null : 'blocked';

	const attempt = <T>(action: (storage: StorageLike) => T): T | undefined => {
		if (!storage) return undefined;
		try {
			return action(storage);
		} catch (error) {
			problem = isQuotaError(error) ? 'full' : 'blocked';
			return undefined;
		}
	};

	const setAside = (key: string, raw: string, reason: string) => {
		const copy = `${key}${CORRUPT_MARK}${now()}`;
		const moved = attempt((store) => {
			store.setItem(copy, raw);
			store.removeItem(key);
			return true;
		});
		warn(
			`${SITE_NAME}: unreadable progress in ${key} (${reason}), ${moved ? `moved to ${copy}` : 'kept'}`
		);
	};

	const load = (
		key: string,
		parse: (value: unknown) => ProgressRecord | null
	): ProgressRecord | null => {
		const raw = attempt((store) => store.getItem(key));
		if (raw == null) return null;
		let value: unknown;
		try {
			value = JSON.parse(raw);
		} catch {
			setAside(key, raw, 'not JSON');
			return null;
		}
		const record = parse(value);
		if (!record) setAside(key, raw, 'unknown shape');
		return record;
	};

	const write = (key: string, record: ProgressRecord) =>
		attempt((store) => {
			store.setItem(key, JSON.stringify(record));
			return true;
		});

	const save = (record: ProgressRecord) => {
		const key = recordKey(record);
		known.set(key, record);
		if (!write(key, record)) {
			memory.set(key, record);
			return;
		}
		memory.delete(key);
		// Storage takes writes again (space was freed): what waited in memory is saved too.
		problem = null;
		for (const [waiting, kept] of memory) if (write(waiting, kept)) memory.delete(waiting);
	};

	const announce = (key: string | null) => {
		for (const listener of listeners) listener(key);
	};

	const read = (address: RecordAddress): ProgressRecord | null => {
		const key = recordKey(address);
		const kept = memory.get(key);
		if (kept) return kept;
		const current = load(key, (value) => parseRecord(value, address));
		if (current) known.set(key, current);
		return current;
	};

	// Another tab wrote a record: keep what it did, and write back what it missed from this tab.
	const onOtherTab = (key: string) => {
		const mine = known.get(key);
		if (!mine) {
			announce(key);
			return;
		}
		const theirs = load(key, (value) => parseRecord(value, mine));
		if (!theirs) {
			// Removed: "forget all" in another tab. Forget here too.
			known.delete(key);
		} else {
			if (hasNewer(mine, theirs)) save(mergeRecords(mine, theirs));
			else known.set(key, theirs);
		}
		announce(key);
	};

	// Some private modes read fine but refuse every write; find out before the reader ticks.
	attempt((store) => {
		store.setItem(PROBE_KEY, '1');
		store.removeItem(PROBE_KEY);
	});

	events?.addEventListener('storage', (event) => {
		if (event.storageArea && event.storageArea !== storage) return;
		// key is null when another tab cleared the whole storage.
		if (event.key === null) {
			known.clear();
			announce(null);
		} else if (event.key.startsWith(KEY_ROOT)) onOtherTab(event.key);
	});

	return {
		read,
		update(address, change) {
			// Storage can already hold another tab's write whose event has not arrived yet.
			const mine = known.get(recordKey(address));
			const stored = read(address);
			const merged = mine && stored ? mergeRecords(mine, stored) : (stored ?? mine);
			const time = now();
			const latest = merged ?? emptyRecord(address, time);
			const record = change(latest, nextTime(latest, time));
			save(record);
			announce(recordKey(address));
			return record;
		},
		adopt(key, parse) {
			const record = load(key, parse);
			if (record) attempt((store) => store.removeItem(key));
			return record;
		},
		keys() {
			const keys = new Set(memory.keys());
			attempt((store) => {
				for (let index = 0; index < store.length; index++) keys.add(store.key(index) ?? '');
			});
			return [...keys];
		},
		raw: (key) => attempt((store) => store.getItem(key)) ?? null,
		remove(key) {
			memory.delete(key);
			known.delete(key);
			attempt((store) => store.removeItem(key));
		},
		problem: () => problem,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}

/** Whether a storage error means the quota is used up (names differ between engines). */
function isQuotaError(error: unknown): boolean {
	// QuotaExceededError in most engines, NS_ERROR_DOM_QUOTA_REACHED in older Firefox.
	return /quota/i.test(String((error as { name?: unknown } | null)?.name));
}
