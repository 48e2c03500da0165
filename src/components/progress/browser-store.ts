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

let noticeClaimed = false;

/** True for the first caller only, so "progress won't be saved" is said once per page. */
export function claimStorageNotice(): boolean {
	if (noticeClaimed) return false;
	noticeClaimed = true;
	return true;
}

function reachStorage(): StorageLike | null {
	try {
		// Reading the property itself throws in some browsers when storage is disabled.
		return window.localStorage;
	} catch {
		return null;
	}
}
