import {
	CORRUPT_MARK,
	KEY_ROOT,
	hasProgress,
	legacyKey,
	parseRecord,
	recordKey,
	type ProgressRecord,
	type RecordAddress,
} from './progress-record';

/**
 * Progress records in `localStorage` (or anything shaped like it), with the failure modes of real
 * phones handled here once: a record that cannot be read is set aside under a `:corrupt:` key and
 * reported, never thrown; a storage that throws (private browsing, quota, disabled) turns the
 * store into an in-memory one for the rest of the page's life; version-0 records are migrated on
 * first read. It takes its storage and event target as arguments so it runs in Node tests.
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

/** A page's view of every progress record on this device. */
export interface ProgressStore {
	/** The record for a checklist, or null when there is none (or it was set aside). */
	read(address: RecordAddress): ProgressRecord | null;
	/** Save a record; a record without ticks or an answer is removed instead. */
	write(record: ProgressRecord): void;
	/** Every key in storage and in memory (see progress-list.ts for the records). */
	keys(): string[];
	/** Remove a key from storage and memory. */
	remove(key: string): void;
	/** Whether changes outlive the page; false once storage has failed. */
	isPersistent(): boolean;
	/**
	 * Be told when another tab changed progress: the key it changed (compare with `recordKey`), or
	 * null when it cleared all of storage.
	 */
	subscribe(listener: (key: string | null) => void): () => void;
}

const PROBE_KEY = `${KEY_ROOT}probe`;

/** A progress store over the given storage. */
export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
	const { storage, events, now = Date.now, warn = (message) => console.warn(message) } = options;
	// Records that could not be saved; they win over storage for the rest of the page's life.
	const memory = new Map<string, ProgressRecord | null>();
	let persistent = storage !== null;

	const attempt = <T>(action: (storage: StorageLike) => T): T | undefined => {
		if (!storage) return undefined;
		try {
			return action(storage);
		} catch {
			persistent = false;
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
			`Backup Rescue: unreadable progress in ${key} (${reason}) ${moved ? `moved to ${copy}` : 'left as is'}`
		);
	};

	const load = (key: string, address: RecordAddress): ProgressRecord | null => {
		const raw = attempt((store) => store.getItem(key));
		if (raw == null) return null;
		let value: unknown;
		try {
			value = JSON.parse(raw);
		} catch {
			setAside(key, raw, 'not JSON');
			return null;
		}
		const record = parseRecord(value, address);
		if (!record) setAside(key, raw, 'unknown shape');
		return record;
	};

	const write = (record: ProgressRecord) => {
		const key = recordKey(record);
		const saved = attempt((store) => {
			if (hasProgress(record)) store.setItem(key, JSON.stringify(record));
			else store.removeItem(key);
			return true;
		});
		if (saved) memory.delete(key);
		else memory.set(key, hasProgress(record) ? record : null);
	};

	const read = (address: RecordAddress): ProgressRecord | null => {
		const key = recordKey(address);
		if (memory.has(key)) return memory.get(key) ?? null;
		const current = load(key, address);
		if (current) return current;
		const legacy = load(legacyKey(address), address);
		if (legacy) {
			write(legacy);
			attempt((store) => store.removeItem(legacyKey(address)));
		}
		return legacy;
	};

	// Some private modes read fine but refuse every write; find out before the reader ticks.
	attempt((store) => {
		store.setItem(PROBE_KEY, '1');
		store.removeItem(PROBE_KEY);
	});

	return {
		read,
		write,
		keys() {
			const keys = new Set(memory.keys());
			attempt((store) => {
				for (let index = 0; index < store.length; index++) keys.add(store.key(index) ?? '');
			});
			return [...keys];
		},
		remove(key) {
			if (memory.has(key)) memory.set(key, null);
			attempt((store) => store.removeItem(key));
		},
		isPersistent: () => persistent,
		subscribe(listener) {
			const onStorage = (event: StorageEventLike) => {
				if (event.storageArea && event.storageArea !== storage) return;
				// key is null when another tab cleared the whole storage.
				if (event.key === null || event.key.startsWith(KEY_ROOT)) listener(event.key);
			};
			events?.addEventListener('storage', onStorage);
			return () => events?.removeEventListener('storage', onStorage);
		},
	};
}
