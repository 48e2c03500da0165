import { HIGHLIGHT_PARAM } from '../search/params';

declare global {
	interface Window {
		PagefindHighlight?: new (options: Record<string, unknown>) => unknown;
	}
}

/**
 * On a page opened from a search result: mark the searched words with Pagefind's highlighter,
 * bring the section (or the first mark) into view, then drop the parameter from the address so a
 * shared or bookmarked link stays clean.
 */
export async function highlightFromUrl(): Promise<void> {
	try {
		// Served by the built site only, so resolved at run time rather than bundled.
		const url = '/pagefind/pagefind-highlight.js';
		await import(/* @vite-ignore */ url);
		if (window.PagefindHighlight) {
			new window.PagefindHighlight({
				highlightParam: HIGHLIGHT_PARAM,
				addStyles: false,
				markOptions: { className: 'search-highlight' },
			});
		}
	} catch {
		// No index (e.g. in `astro dev`): the page is still right, just without highlights.
	}
	const target = location.hash
		? document.getElementById(decodeURIComponent(location.hash.slice(1)))
		: document.querySelector('[data-pagefind-body] .search-highlight');
	target?.scrollIntoView({ block: location.hash ? 'start' : 'center' });

	const clean = new URL(location.href);
	clean.searchParams.delete(HIGHLIGHT_PARAM);
	history.replaceState(history.state, '', clean.pathname + clean.search + clean.hash);
}
