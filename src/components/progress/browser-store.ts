import {
	createProgressStore,
	type ProgressStore,
	type StorageLike,
} from '../../lib/progress/store';

let store: ProgressStore | undefined;

/** The page's one progress store over `localStorage`, shared by every checklist on it. */
export function browserProgressStore(): ProgressStore {
	store ??= createProgressStore({ storage: reachStorage(), events: window });
	return store;
}

function reachStorage(): StorageLike | null {
	try {
		// Reading the property itself throws in some browsers when storage is disabled.
		return window.localStorage;
	} catch {
		return null;
	}
}
