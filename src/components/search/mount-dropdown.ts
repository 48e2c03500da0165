import { h, render } from 'preact';
import SearchDropdown from './SearchDropdown';
import { loadPagefind } from './load-pagefind';
import { loadSearchData } from './load-search-data';

/**
 * Mount the search dropdown on the top bar's input. Loaded by the bootstrap only when the reader
 * focuses the box or presses the shortcut; starts fetching the index at once, so the first query
 * does not wait for it.
 */
export function mountSearch(input: HTMLInputElement): void {
	const form = input.form;
	if (!form || form.querySelector('[data-search-island]')) return;
	const host = document.createElement('div');
	host.dataset.searchIsland = '';
	form.append(host);
	render(h(SearchDropdown, { input }), host);
	// Errors surface when a search runs; here they would only be noise.
	void loadPagefind().catch(() => undefined);
	void loadSearchData().catch(() => undefined);
}
