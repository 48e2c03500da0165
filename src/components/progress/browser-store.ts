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

/*
 * The site's other uses of localStorage (theme-init-script.ts, theme.ts, device-switch.ts, the
 * solved notice's first check) guard their access themselves rather than import this: each runs
 * as a script inlined into the page, and any shared import would make it a file of its own, one
 * more request on every page (bench:weight counts them).
 */
function reachStorage(): StorageLike | null {
	try {
		// Reading the property itself throws in some browsers when storage is disabled.
		return window.localStorage;
	} catch {
		return null;
	}
}
