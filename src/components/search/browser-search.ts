import type { PagefindSearch } from '../../lib/search/pagefind-api';
import { startSearch, type RankedSearch, type SearchOutcome } from '../../lib/search/run-search';
import { loadPagefind } from './load-pagefind';
import { loadSearchData } from './load-search-data';

/**
 * Pagefind as the search asks for it: its first search waits for Pagefind to load, so an answer
 * the search data alone gives (a pasted message, a restated title) is shown before that.
 */
const pagefind: PagefindSearch = {
	search: async (query) => (await loadPagefind()).search(query),
};

/** Start a search in the browser once the search data is in (loaded once); Pagefind follows. */
export async function startBrowserSearch(
	query: string,
	options: { literal?: boolean; limit: number }
): Promise<RankedSearch> {
	const data = await loadSearchData();
	return startSearch(query, { pagefind, data }, options);
}

/** A whole search's top `limit` results, for the dropdown. */
export async function runSearch(
	query: string,
	options: { literal?: boolean; limit: number }
): Promise<SearchOutcome> {
	return (await startBrowserSearch(query, options)).outcome(options.limit);
}
