/** The parts of Pagefind's browser API this site uses. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: { title: string; url: string; excerpt: string }[];
}

/** Pagefind's browser module, loaded from the built site. */
export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	search(
		query: string
	): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] }>;
}

/** Thrown when the index is missing, which happens in `astro dev` before any build. */
export class SearchIndexMissingError extends Error {
	constructor() {
		super(
			'The search index has not been built. Run `npm start` (or `npm run build && npm run preview`) to use search.'
		);
		this.name = 'SearchIndexMissingError';
	}
}

let pagefind: Promise<PagefindApi> | undefined;

/** Load Pagefind once, on first use; later calls share the same instance. */
export function loadPagefind(): Promise<PagefindApi> {
	pagefind ??= (async () => {
		// The index exists only in a built site, so the URL is resolved at run time, not by Vite.
		const url = '/pagefind/pagefind.js';
		try {
			return (await import(/* @vite-ignore */ url)) as PagefindApi;
		} catch {
			pagefind = undefined;
			throw new SearchIndexMissingError();
		}
	})();
	return pagefind;
}
