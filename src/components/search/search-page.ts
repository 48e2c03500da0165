import { h, render } from 'preact';
import { RESULTS_PAGE_LIMIT } from '../../lib/search/limits';
import type { SearchOutcome } from '../../lib/search/run-search';
import { readSearchPage, searchPageHref } from '../../lib/search/urls';
import SearchResults from './SearchResults';
import { startBrowserSearch } from './browser-search';
import { takePreloadStart } from './search-preload';

/**
 * Results drawn as soon as their data is in, before the rest: each result's data is a request of
 * its own, and a phone's first screen holds about three.
 */
const FIRST = 3;

/** The newest search, so an older one finishing late does not overwrite its results. */
let latest = 0;

/**
 * The /search/ results page: reads `q` (and `literal`, which turns typo correction off) from the
 * address, runs the same search as the dropdown and lists every result in rank order. A new
 * search from the page's own box updates the address and searches in place, without a reload.
 * The query is only ever written as text, so markup in it is shown, never run.
 */
export function runSearchPage(): void {
	const main = document.querySelector<HTMLElement>('[data-search-page]');
	const input = document.querySelector<HTMLInputElement>('#search-page-input');
	if (!main || !input) return;
	const baseTitle = document.title;

	input.form?.addEventListener('submit', (event) => {
		event.preventDefault();
		const query = input.value.trim();
		// The address changes once the first results are on screen, not before the search: in
		// Chromium a new history entry delays the answer from Pagefind's worker by about 10 ms, more
		// than the rest of a warm search (bench:search).
		void searchInto(main, input, baseTitle, { query, literal: false }, () =>
			history.pushState(null, '', searchPageHref(query))
		);
	});
	const searchFromAddress = () =>
		void searchInto(main, input, baseTitle, readSearchPage(location.search));
	window.addEventListener('popstate', searchFromAddress);
	searchFromAddress();
}

/**
 * One search, with hooks for tests and the benchmark on <main>: `data-search-state` ("done" when
 * all the results are in), `data-search-query` (which query they answer), `data-search-ms` and
 * `data-search-first-ms` (until the first results were on screen). `onShown` runs once, when
 * the first results (or the message that there are none) are on screen.
 */
async function searchInto(
	main: HTMLElement,
	input: HTMLInputElement,
	baseTitle: string,
	{ query, literal }: { query: string; literal: boolean },
	onShown: () => void = () => undefined
) {
	const status = main.querySelector<HTMLElement>('[data-search-status]');
	const container = main.querySelector<HTMLElement>('[data-search-results]');
	const triage = main.querySelector<HTMLElement>('[data-search-triage]');
	if (!status || !container) return;
	if (triage) triage.hidden = true;
	let shown = false;
	const announceShown = () => {
		if (shown) return;
		shown = true;
		onShown();
	};
	input.value = query;
	main.dataset.searchState = 'loading';
	render(null, container);
	if (!query) {
		document.title = baseTitle;
		status.textContent = 'Type a few words, or paste the message your iPhone or iPad shows.';
		announceShown();
		finish(main, query);
		input.focus();
		return;
	}

	document.title = `${query} – ${baseTitle}`;
	status.textContent = `Searching for “${query}”…`;
	// The first search counts from when the page began loading the index (search.astro).
	const started = takePreloadStart() ?? performance.now();
	const ticket = ++latest;
	const show = (outcome: SearchOutcome) => {
		render(h(SearchResults, { outcome }), container);
		main.dataset.searchFirstMs ??= (performance.now() - started).toFixed(1);
		announceShown();
	};
	try {
		delete main.dataset.searchFirstMs;
		const search = await startBrowserSearch(query, { literal, limit: RESULTS_PAGE_LIMIT });
		if (ticket !== latest) return;
		// A pasted message's article is known before Pagefind answers: show it at once.
		if (search.instant) show(search.instant);
		const first = await search.outcome(FIRST);
		if (ticket !== latest) return;
		// The status still says "Searching…": the count is told once, when every result is in.
		if (first.hits.length > 0) show(first);
		const outcome = await search.outcome(RESULTS_PAGE_LIMIT);
		if (ticket !== latest) return;
		main.dataset.searchMs = (performance.now() - started).toFixed(1);
		main.dataset.searchFirstMs ??= main.dataset.searchMs;
		const count = outcome.hits.length;
		// A shortened wall of text is not read out whole by screen readers: say what was searched.
		const shown = outcome.plan.searched;
		status.textContent =
			count === 0
				? `No results for “${shown}”`
				: outcome.lowConfidence
					? `Closest matches for “${shown}”`
					: `${count} ${count === 1 ? 'result' : 'results'} for “${shown}”`;
		render(h(SearchResults, { outcome }), container);
		// Not sure which problem this is: the message triage beside the closest matches.
		if (triage) triage.hidden = !outcome.lowConfidence;
	} catch (error) {
		status.textContent = error instanceof Error ? error.message : 'Search failed to load.';
	}
	announceShown();
	finish(main, query);
}

function finish(main: HTMLElement, query: string) {
	main.dataset.searchQuery = query;
	main.dataset.searchState = 'done';
}
