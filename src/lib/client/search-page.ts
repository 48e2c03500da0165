import { h, render } from 'preact';
import SearchResults from '../../components/search/SearchResults';
import { runSearch } from './search-engine';

/** Every page fits on one results page: the site has a few dozen pages at most. */
const LIMIT = 30;

/**
 * The /search/ results page: reads `q` (and `literal`, which turns typo correction off) from the
 * address, runs the same search as the dropdown and lists every result in rank order. The query is
 * only ever written as text, so markup in it is shown, never run. `data-search-state` on <main>
 * tells tests and the benchmark when the results are in.
 */
export async function runSearchPage(): Promise<void> {
	const main = document.querySelector<HTMLElement>('[data-search-page]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const container = document.querySelector<HTMLElement>('[data-search-results]');
	const input = document.querySelector<HTMLInputElement>('#search-page-input');
	if (!main || !status || !container || !input) return;

	const params = new URLSearchParams(location.search);
	const query = params.get('q')?.trim() ?? '';
	const literal = params.get('literal') === '1';
	input.value = query;
	if (!query) {
		status.textContent = 'Type a few words, or paste the message your iPhone or iPad shows.';
		main.dataset.searchState = 'done';
		input.focus();
		return;
	}

	document.title = `${query} – ${document.title}`;
	main.dataset.searchState = 'loading';
	status.textContent = `Searching for “${query}”…`;
	try {
		const outcome = await runSearch(query, { literal, limit: LIMIT });
		const count = outcome.hits.length;
		status.textContent =
			count === 0
				? `No results for “${query}”.`
				: `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
		render(h(SearchResults, { outcome }), container);
	} catch (error) {
		status.textContent = error instanceof Error ? error.message : 'Search failed to load.';
	}
	main.dataset.searchState = 'done';
}
