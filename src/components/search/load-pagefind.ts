import type { PagefindApi } from '../../lib/search/pagefind-api';
import { EXCERPT_LENGTH, PAGEFIND_RANKING } from '../../lib/search/pagefind-options';

/** Thrown when the index is missing, which happens in `astro dev` before any build. */
export class SearchIndexMissingError extends Error {
	constructor() {
		super(
			'Search works on the built site only. Run `npm start` (or `npm run build && npm run preview`) to try it.'
		);
		this.name = 'SearchIndexMissingError';
	}
}

let pagefind: Promise<PagefindApi> | undefined;

/** Load Pagefind once, on first use, with this site's ranking; later calls share the instance. */
export function loadPagefind(): Promise<PagefindApi> {
	pagefind ??= (async () => {
		// The index exists only in a built site, so the URL is resolved at run time, not by Vite.
		const url = '/pagefind/pagefind.js';
		let api: PagefindApi;
		try {
			api = (await import(/* @vite-ignore */ url)) as PagefindApi;
		} catch {
			pagefind = undefined;
			throw new SearchIndexMissingError();
		}
		await api.options({ ranking: PAGEFIND_RANKING, excerptLength: EXCERPT_LENGTH });
		// Loads the WebAssembly and page metadata now, while the reader is still typing.
		await api.init?.();
		return api;
	})();
	return pagefind;
}
