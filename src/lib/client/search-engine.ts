import { closestTitles } from '../search/closest';
import { HIGHLIGHT_PARAM } from '../search/params';
import { capHighlightWords } from '../search/limits';
import { matchError } from '../search/error-match';
import { planQuery, type QueryPlan } from '../search/query-plan';
import { contentWords } from '../search/stopwords';
import { tokenize } from '../search/normalise';
import {
	labelCoverage,
	mergeRuns,
	slugFromUrl,
	titleSimilarity,
	type SearchRun,
} from '../search/rank';
import type { SearchPage } from '../search/search-data';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind';
import { loadSearchData } from './search-data';

/** Words searched one by one at most; each is one Pagefind search. */
const MAX_TERMS = 8;

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

/**
 * Run a reader's query: plan it (known message, synonyms, typos), search Pagefind for all terms and
 * for each term alone, merge the rankings, put the matched message's article first, and load the
 * data of the top `limit` results.
 */
export async function runSearch(
	query: string,
	options: { literal?: boolean; limit: number }
): Promise<SearchOutcome> {
	return (await rankSearch(query, options)).outcome(options.limit);
}

/** A ranked search whose results' data is loaded on demand, the best first. */
export interface RankedSearch {
	/** The outcome with the top `limit` results (at most the `limit` the search was ranked for). */
	outcome(limit: number): Promise<SearchOutcome>;
}

/**
 * Everything of `runSearch` but loading the results' data: each result's data is a Pagefind
 * fragment, one request each, so a page can show its first few results before the rest have
 * loaded. Ranks the top `limit`.
 */
export async function rankSearch(
	query: string,
	options: { literal?: boolean; limit: number }
): Promise<RankedSearch> {
	const [pagefind, data] = await Promise.all([loadPagefind(), loadSearchData()]);
	const plan = planQuery(query, data, { literal: options.literal });
	if (plan.terms.length === 0 && !plan.error)
		return { outcome: () => Promise.resolve({ plan, hits: [], suggestions: [] }) };

	// A pasted paragraph can have dozens of words; the first few carry the meaning.
	const terms = plan.terms.slice(0, MAX_TERMS);
	const queries = terms.length > 1 ? [terms.join(' '), ...terms] : terms;
	const responses = await Promise.all(queries.map((text) => pagefind.search(text)));
	const runs: SearchRun[] = responses.map((response, index) => ({
		kind: index === 0 && terms.length > 1 ? 'all' : 'term',
		results: response.results,
	}));
	const byId = new Map<string, PagefindResult>();
	// The all-terms run comes first and wins: its excerpts mark every searched word.
	for (const response of responses)
		for (const result of response.results) if (!byId.has(result.id)) byId.set(result.id, result);
	const merged = mergeRuns(runs, data.pages.length).slice(0, options.limit + 1);
	const loading = new Map<string, Promise<PagefindResultData | undefined>>();
	const load = (id: string) => {
		let result = loading.get(id);
		if (!result) loading.set(id, (result = byId.get(id)?.data() ?? Promise.resolve(undefined)));
		return result;
	};
	return {
		async outcome(limit: number): Promise<SearchOutcome> {
			const loaded = await Promise.all(
				// One more than shown: the label nudge may lift it over the last.
				merged.slice(0, limit + 1).map(async ({ id, score }) => {
					const result = await load(id);
					const nudge = LABEL_WEIGHT * labelCoverage(terms, result?.meta.label);
					return result && { result, score: score + nudge };
				})
			);
			const hits = loaded
				.flatMap((entry) => entry ?? [])
				.sort((a, b) => b.score - a.score)
				.map(({ result }) => toHit(result, plan));
			return finishOutcome(plan, hits, data.pages, limit);
		},
	};
}

/** Put a restated title or a matched message's article first, cut to `limit`, add suggestions. */
function finishOutcome(
	plan: QueryPlan,
	ranked: SearchHit[],
	pages: readonly SearchPage[],
	limit: number
): SearchOutcome {
	let hits = ranked;
	// A restated title comes first, unless a known error message already decided the first result.
	const restated = findRestatedTitle(plan.searched, pages);
	if (restated && !plan.error) {
		const page =
			hits.find((hit) => samePage(hit.url, restated.url)) ?? synthesise(restated.url, pages, plan);
		if (page) hits = [page, ...hits.filter((hit) => hit !== page)];
	}
	if (plan.error) {
		const primaryUrl = plan.error.url;
		const primary =
			hits.find((hit) => samePage(hit.url, primaryUrl)) ?? synthesise(primaryUrl, pages, plan);
		if (primary) {
			primary.matchedMessage = plan.error.message;
			hits = [primary, ...hits.filter((hit) => hit !== primary)];
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

function toHit(result: PagefindResultData, plan: QueryPlan): SearchHit {
	const section = bestSection(result);
	const messages = result.meta.errors?.split(' | ').filter(Boolean) ?? [];
	const matched = matchError(
		plan.searched,
		messages.map((message) => ({ message, url: result.url }))
	);
	return {
		url: withHighlight(section?.url ?? result.url, plan.terms),
		slug: slugFromUrl(result.url),
		title: result.meta.title ?? result.url,
		section: section?.title,
		excerptHtml: section?.excerpt ?? result.excerpt,
		matchedMessage: matched?.message,
	};
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

/** The page whose title the query restates, if any (see TITLE_RESTATEMENT_THRESHOLD). */
function findRestatedTitle(query: string, pages: readonly SearchPage[]): SearchPage | undefined {
	const words = contentWords(tokenize(query));
	let best: { page: SearchPage; similarity: number } | undefined;
	for (const page of pages) {
		const similarity = titleSimilarity(words, page.title);
		if (similarity >= TITLE_RESTATEMENT_THRESHOLD && similarity > (best?.similarity ?? 0)) {
			best = { page, similarity };
		}
	}
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
 * `highlightParam`, because one reader query runs as several Pagefind searches.
 */
function withHighlight(url: string, terms: readonly string[]): string {
	const target = new URL(url, 'https://site.invalid');
	const words = capHighlightWords(terms.filter((term) => term.length >= 3));
	for (const word of words) target.searchParams.append(HIGHLIGHT_PARAM, word);
	return target.pathname + target.search + target.hash;
}

function samePage(a: string, b: string): boolean {
	return a.split(/[?#]/)[0] === b.split(/[?#]/)[0];
}
