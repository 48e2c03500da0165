import { closestTitles } from './closest.ts';
import { matchError, type KnownError } from './error-match.ts';
import { capHighlightWords } from './limits.ts';
import { tokenize } from './normalise.ts';
import type { PagefindResult, PagefindResultData, PagefindSearch } from './pagefind-api.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import { labelCoverage, mergeRuns, slugFromUrl, titleSimilarity, type SearchRun } from './rank.ts';
import type { SearchData, SearchPage } from './search-data.ts';
import { contentWords } from './stopwords.ts';
import { highlightedUrl } from './urls.ts';

/** Words searched one by one at most, when they are searched one by one. */
const MAX_TERMS = 8;

/**
 * Pagefind ANDs the words of a search, so a reader's paraphrase can find almost nothing. With
 * fewer pages than this for all the terms together, each term is also searched alone and the
 * runs merged (lib/search/rank); otherwise Pagefind's one ranking, with this site's weights
 * (pagefind-options.ts), is the ranking: each extra search is a round trip to its worker.
 */
const ENOUGH_FOR_ALL_TERMS = 3;

/** A nudge, not a vote: enough to break a tie, far below one matching term. */
const LABEL_WEIGHT = 0.05;

/**
 * Titles are written the way readers describe the problem, so a query that restates one ("my
 * iphone won't back up to icloud") goes straight to that page. Only near-restatements count: a
 * title sharing a few words with the query is ordinary evidence that Pagefind already weighs.
 */
const TITLE_RESTATEMENT_THRESHOLD = 0.8;

/** One result as the dropdown and the results page show it. */
export interface SearchHit {
	/** Where the result opens: the best section, with the words to highlight. */
	url: string;
	/** The article's slug, e.g. "storage-full"; "index" for the start page. */
	slug: string;
	title: string;
	/** The matching section's heading, when it is not the top of the page. */
	section?: string;
	/** Pagefind's excerpt HTML (entities escaped, <mark> added), or undefined for a synthesised hit. */
	excerptHtml?: string;
	/** Plain text shown instead, when there is no excerpt. */
	summary?: string;
	/** The message from this page's "Messages this page fixes" that the query matched. */
	matchedMessage?: string;
}

/** Everything a search produced, for either view. */
export interface SearchOutcome {
	plan: QueryPlan;
	hits: SearchHit[];
	/** Closest titles, offered when nothing matched. */
	suggestions: SearchPage[];
}

/** What a search runs on: Pagefind (or a stand-in) and the build's search data. */
export interface SearchSources {
	pagefind: PagefindSearch;
	data: SearchData;
}

/** A started search: its plan at once, its results' data loaded on demand, the best first. */
export interface RankedSearch {
	plan: QueryPlan;
	/**
	 * The article of a known message the query clearly is, from the build's message map, before
	 * Pagefind has answered: a pasted notification has one right answer. Undefined otherwise.
	 */
	instant?: SearchOutcome;
	/** The outcome with the top `limit` results (at most the `limit` the search was started for). */
	outcome(limit: number): Promise<SearchOutcome>;
}

/**
 * Start a reader's search: plan it (known message, synonyms, typos), search Pagefind once for all
 * terms (and each term alone when that finds too little), put a restated title or a clearly
 * matched message's article first, and load each result's data (one Pagefind fragment each) only
 * when an outcome asks for it, so a page can show its first few results before the rest.
 */
export function startSearch(
	query: string,
	sources: SearchSources,
	options: { literal?: boolean; limit: number }
): RankedSearch {
	const { data } = sources;
	const plan = planQuery(query, data, { literal: options.literal });
	if (plan.terms.length === 0 && !plan.error) {
		return { plan, outcome: () => Promise.resolve({ plan, hits: [], suggestions: [] }) };
	}
	const terms = plan.terms.slice(0, MAX_TERMS);
	const ranking = rank(terms, sources.pagefind, data.pages.length, options.limit);
	// Read by `outcome`, which reports a failure; a search superseded before that asks nothing.
	ranking.catch(() => undefined);
	const loading = new Map<string, Promise<PagefindResultData>>();
	const load = (result: PagefindResult) => {
		let promise = loading.get(result.id);
		if (!promise) loading.set(result.id, (promise = result.data()));
		return promise;
	};
	return {
		plan,
		instant: plan.error?.strong ? instantOutcome(plan, data) : undefined,
		async outcome(limit: number): Promise<SearchOutcome> {
			const ranked = await ranking;
			const loaded = await Promise.all(
				// One more than shown: the label nudge may lift it over the last.
				ranked.slice(0, limit + 1).map(async ({ result, score }) => {
					const page = await load(result);
					return { page, score: score + LABEL_WEIGHT * labelCoverage(terms, page.meta.label) };
				})
			);
			const hits = loaded
				.sort((a, b) => b.score - a.score)
				.map(({ page }) => toHit(page, plan, data.errors));
			return finishOutcome(plan, hits, data.pages, limit);
		},
	};
}

/** Pagefind's results for the terms, best first, cut to one more than `limit`. */
async function rank(
	terms: readonly string[],
	pagefind: PagefindSearch,
	totalPages: number,
	limit: number
): Promise<{ result: PagefindResult; score: number }[]> {
	const together = await pagefind.search(terms.join(' '));
	const runs: SearchRun[] = [
		{ kind: terms.length > 1 ? 'all' : 'term', results: together.results },
	];
	const byId = new Map(together.results.map((result) => [result.id, result]));
	if (terms.length > 1 && together.results.length < ENOUGH_FOR_ALL_TERMS) {
		const alone = await Promise.all(terms.map((term) => pagefind.search(term)));
		for (const response of alone) {
			runs.push({ kind: 'term', results: response.results });
			// The all-terms run's entries stay: their excerpts mark every searched word.
			for (const result of response.results) if (!byId.has(result.id)) byId.set(result.id, result);
		}
	}
	return mergeRuns(runs, totalPages)
		.slice(0, limit + 1)
		.flatMap(({ id, score }) => {
			const result = byId.get(id);
			return result ? [{ result, score }] : [];
		});
}

/** The clearly matched message's article alone, from the search data, for the first paint. */
function instantOutcome(plan: QueryPlan, data: SearchData): SearchOutcome | undefined {
	const hit = plan.error && synthesise(plan.error.url, data.pages, plan);
	if (!hit || !plan.error) return undefined;
	hit.matchedMessage = plan.error.message;
	return { plan, hits: [hit], suggestions: [] };
}

/** Put a restated title or a clearly matched message's article first, cut to `limit`, add suggestions. */
function finishOutcome(
	plan: QueryPlan,
	ranked: SearchHit[],
	pages: readonly SearchPage[],
	limit: number
): SearchOutcome {
	let hits = ranked;
	const error = plan.error?.strong ? plan.error : undefined;
	// A restated title comes first, unless a known error message already decided the first result.
	const restated = error ? undefined : findRestatedTitle(plan.searched, pages);
	const first = error?.url ?? restated?.url;
	if (first) {
		const page = hits.find((hit) => samePage(hit.url, first)) ?? synthesise(first, pages, plan);
		if (page) {
			if (error) page.matchedMessage = error.message;
			hits = [page, ...hits.filter((hit) => hit !== page)];
		}
	}
	hits = hits.slice(0, limit);
	return {
		plan,
		hits,
		suggestions:
			hits.length === 0 ? closestTitles(plan.correctedQuery ?? plan.searched, pages) : [],
	};
}

function toHit(
	result: PagefindResultData,
	plan: QueryPlan,
	errors: readonly KnownError[]
): SearchHit {
	const section = bestSection(result);
	const matched = matchError(plan.searched, messagesOf(result.url, errors));
	return {
		url: withHighlight(section?.url ?? result.url, plan.terms),
		slug: slugFromUrl(result.url),
		title: result.meta.title ?? result.url,
		section: section?.title,
		excerptHtml: section?.excerpt ?? result.excerpt,
		matchedMessage: matched?.message,
	};
}

/** Each page's own messages (primary or not), grouped once per message list. */
const messagesByPage = new WeakMap<readonly KnownError[], Map<string, KnownError[]>>();

function messagesOf(url: string, errors: readonly KnownError[]): KnownError[] {
	let byPage = messagesByPage.get(errors);
	if (!byPage) {
		byPage = new Map();
		for (const error of errors) {
			for (const page of [error.url, ...(error.alsoOn ?? [])]) {
				byPage.set(page, [...(byPage.get(page) ?? []), error]);
			}
		}
		messagesByPage.set(errors, byPage);
	}
	return byPage.get(url.split(/[?#]/)[0] ?? url) ?? [];
}

/** The section with the most weight of matches; undefined when that is the top of the page. */
function bestSection(
	result: PagefindResultData
): { title: string; url: string; excerpt: string } | undefined {
	let best:
		{ sub: NonNullable<PagefindResultData['sub_results']>[number]; score: number } | undefined;
	for (const sub of result.sub_results ?? []) {
		const score = (sub.weighted_locations ?? []).reduce((sum, loc) => sum + loc.balanced_score, 0);
		if (!best || score > best.score) best = { sub, score };
	}
	if (!best || !best.sub.url.includes('#')) return undefined;
	return best.sub;
}

/** Each page's title words, worked out once per page list rather than per query. */
const titleWordsCache = new WeakMap<readonly SearchPage[], string[][]>();

/** The page whose title the query restates, if any (see TITLE_RESTATEMENT_THRESHOLD). */
function findRestatedTitle(query: string, pages: readonly SearchPage[]): SearchPage | undefined {
	const words = contentWords(tokenize(query));
	let titles = titleWordsCache.get(pages);
	if (!titles) {
		titles = pages.map((page) => contentWords(tokenize(page.title)));
		titleWordsCache.set(pages, titles);
	}
	let best: { page: SearchPage; similarity: number } | undefined;
	pages.forEach((page, index) => {
		const similarity = titleSimilarity(words, titles[index] ?? []);
		if (similarity >= TITLE_RESTATEMENT_THRESHOLD && similarity > (best?.similarity ?? 0)) {
			best = { page, similarity };
		}
	});
	return best?.page;
}

function synthesise(
	url: string,
	pages: readonly SearchPage[],
	plan: QueryPlan
): SearchHit | undefined {
	const page = pages.find((candidate) => candidate.url === url);
	if (!page) return undefined;
	return {
		url: withHighlight(page.url, plan.terms),
		slug: slugFromUrl(page.url),
		title: page.title,
		summary: page.description,
	};
}

/**
 * Add the words to highlight on the opened page. Set here rather than by Pagefind's own
 * `highlightParam`, because the searched words are the planned terms, not the query as typed.
 */
function withHighlight(url: string, terms: readonly string[]): string {
	return highlightedUrl(url, capHighlightWords(terms.filter((term) => term.length >= 3)));
}

function samePage(a: string, b: string): boolean {
	return a.split(/[?#]/)[0] === b.split(/[?#]/)[0];
}
