import { HIGHLIGHT_PARAM } from './params.ts';

/**
 * The search's addresses, written and read in one place: the results page's `q` and `literal`
 * parameters, and the words a result link carries to the opened page. (The highlight parameter's
 * name is in ./params, alone, because every page's first script needs it and nothing else.)
 */

/**
 * The id of an article's "You may have searched for" heading. Pagefind files the reader phrasings
 * under it; a match there is a match on the page's problem, so its result opens the top of the page.
 */
export const SEARCHED_FOR_ID = 'searched-for';

/** The results page's path. */
const SEARCH_PATH = '/search/';

/** The results page for a query; `literal` turns typo correction off. */
export function searchPageHref(query: string, options: { literal?: boolean } = {}): string {
	const params = new URLSearchParams({ q: query });
	if (options.literal) params.set('literal', '1');
	return `${SEARCH_PATH}?${params}`;
}

/** The query and the literal switch a results page address carries (`location.search`). */
export function readSearchPage(search: string): { query: string; literal: boolean } {
	const params = new URLSearchParams(search);
	return { query: params.get('q')?.trim() ?? '', literal: params.get('literal') === '1' };
}

/** A result's address with the words to highlight on the opened page (already capped by the caller). */
export function highlightedUrl(url: string, words: readonly string[]): string {
	const target = new URL(url, 'https://site.invalid');
	for (const word of words) target.searchParams.append(HIGHLIGHT_PARAM, word);
	return target.pathname + target.search + target.hash;
}
