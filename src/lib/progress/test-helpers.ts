import type { StorageEventLike, StorageEventSource, StorageLike } from './store.ts';

/** An in-memory Storage for tests; `failWrites` makes every write throw like a full quota. */
export class MemoryStorage implements StorageLike {
	readonly items = new Map<string, string>();
	failWrites = false;

	get length(): number {
		return this.items.size;
	}

	key(index: number): string | null {
		return [...this.items.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		return this.items.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		if (this.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
		this.items.set(key, value);
	}

	removeItem(key: string): void {
		if (this.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
		this.items.delete(key);
	}
}

/** A storage whose every call throws, as Safari's does with storage disabled. */
export const throwingStorage: StorageLike = {
	get length(): number {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	},
	key() {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	},
	getItem() {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	},
	setItem() {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	},
	removeItem() {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	},
};

/** A window stand-in that delivers `storage` events, as another tab's writes would. */
export class FakeWindow implements StorageEventSource {
	private listeners = new Set<(event: StorageEventLike) => void>();

	addEventListener(_type: 'storage', listener: (event: StorageEventLike) => void): void {
		this.listeners.add(listener);
	}

	removeEventListener(_type: 'storage', listener: (event: StorageEventLike) => void): void {
		this.listeners.delete(listener);
	}

	/** Deliver a storage event to every listener. */
	dispatch(event: StorageEventLike): void {
		for (const listener of this.listeners) listener(event);
	}
}
