import { loadPagefind } from './load-pagefind';
import { loadSearchData } from './load-search-data';

/** When the early load began, so the first search's timing counts from there. */
let startedAt: number | undefined;

/**
 * Starts loading the index and search data before the results code arrives, for a page opened
 * with a query. Failures are ignored here: the search itself asks again and reports them.
 */
export function preloadSearch(): void {
	startedAt = performance.now();
	loadPagefind().catch(() => {});
	loadSearchData().catch(() => {});
}

/** The time `preloadSearch` started, once (later searches time themselves). */
export function takePreloadStart(): number | undefined {
	const value = startedAt;
	startedAt = undefined;
	return value;
}
