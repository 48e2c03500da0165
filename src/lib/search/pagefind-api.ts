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

/** What the search needs of Pagefind: one call, so a test can stand in for it. */
export interface PagefindSearch {
	search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Pagefind's browser module, loaded from the built site. */
export interface PagefindApi extends PagefindSearch {
	options(options: Record<string, unknown>): Promise<void>;
	init?(): Promise<void>;
}
