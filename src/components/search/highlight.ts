import { capHighlightWords } from '../../lib/search/limits';
import { HIGHLIGHT_PARAM } from '../../lib/search/params';

declare global {
	interface Window {
		PagefindHighlight?: new (options: Record<string, unknown>) => unknown;
	}
}

/**
 * On a page opened from a search result: mark the searched words with Pagefind's highlighter,
 * bring the section (or the first mark) into view, then drop the parameter from the address so a
 * shared or bookmarked link stays clean. A link is anyone's to write, so the words are capped (see
 * lib/search/limits) and a malformed fragment or an odd path never throws.
 */
export async function highlightFromUrl(): Promise<void> {
	const params = new URLSearchParams(location.search);
	const words = capHighlightWords(params.getAll(HIGHLIGHT_PARAM));
	// Pagefind's highlighter reads the address itself, so the address carries the capped words.
	params.delete(HIGHLIGHT_PARAM);
	for (const word of words) params.append(HIGHLIGHT_PARAM, word);
	replaceSearch(params);
	if (words.length > 0) {
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
	}
	const id = decodeFragment(location.hash);
	const target = id
		? document.getElementById(id)
		: document.querySelector('[data-pagefind-body] .search-highlight');
	target?.scrollIntoView({ block: id ? 'start' : 'center' });

	params.delete(HIGHLIGHT_PARAM);
	replaceSearch(params);
}

/** The element id a fragment names; undefined when there is none or it is not valid percent-encoding. */
function decodeFragment(hash: string): string | undefined {
	if (hash.length < 2) return undefined;
	try {
		return decodeURIComponent(hash.slice(1));
	} catch {
		return hash.slice(1);
	}
}

/**
 * Swap the query string in place. Built as a whole URL: a path such as `//example.com/` given
 * alone would read as another origin and make replaceState throw.
 */
function replaceSearch(params: URLSearchParams): void {
	const next = new URL(location.href);
	next.search = params.toString();
	if (next.href !== location.href) history.replaceState(history.state, '', next.href);
}
