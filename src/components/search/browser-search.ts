import { startSearch, type RankedSearch, type SearchOutcome } from '../../lib/search/run-search';
import { loadPagefind } from './load-pagefind';
import { loadSearchData } from './load-search-data';

/** Start a search in the browser: Pagefind and the search data, each loaded once, then the plan. */
export async function startBrowserSearch(
	query: string,
	options: { literal?: boolean; limit: number }
): Promise<RankedSearch> {
	const [pagefind, data] = await Promise.all([loadPagefind(), loadSearchData()]);
	return startSearch(query, { pagefind, data }, options);
}

/** A whole search's top `limit` results, for the dropdown. */
export async function runSearch(
	query: string,
	options: { literal?: boolean; limit: number }
): Promise<SearchOutcome> {
	return (await startBrowserSearch(query, options)).outcome(options.limit);
}
