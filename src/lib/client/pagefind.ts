import { EXCERPT_LENGTH, PAGEFIND_RANKING } from '../search/ranking';

/** One section of a result page, split at headings with ids. */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** The parts of a result's data this site uses. */
export interface PagefindResultData {
	url: string;
	/** HTML: entities escaped by Pagefind, with only <mark> added, so safe as innerHTML. */
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: PagefindSubResult[];
}

/** One search result before its data is loaded. */
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

/** Pagefind's browser module, loaded from the built site. */
export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init?(): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] }>;
}

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
