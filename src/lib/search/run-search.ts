import { closestTitles } from './closest.ts';
import { matchError, type KnownError } from './error-match.ts';
import { capHighlightWords } from './limits.ts';
import { tokenize } from './normalise.ts';
import type { PagefindResult, PagefindResultData, PagefindSearch } from './pagefind-api.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import { labelCoverage, mergeRuns, slugFromUrl, type SearchRun } from './rank.ts';
import type { SearchData, SearchPage } from './search-data.ts';
import { readIntent, type Intent } from './intent.ts';
import { pagefindTerms } from './pagefind-terms.ts';
import {
	buildTopicIndex,
	isTelling,
	rankTopics,
	topicIndexFromData,
	stemAll,
	type TopicIndex,
	type TopicScore,
} from './topic-match.ts';
import { highlightedUrl, SEARCHED_FOR_ID } from './urls.ts';
import { settleNeighbours } from './neighbours.ts';

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
 * How much Pagefind's evidence (the whole text of a page, scaled to its best result) counts
 * beside the topic score (lib/search/topic-match, about 0–2): the topic fields name each page's
 * problem, the body only mentions things on the way.
 */
const PAGEFIND_WEIGHT = 0.45;

/** What Pagefind's evidence for an overview page (SearchPage.overview) counts, as a share. */
const OVERVIEW_EVIDENCE = 0.25;

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
	/**
	 * No known message and no clear winner: the page says so and offers the message triage
	 * ("Which message do you see?") beside the best candidates.
	 */
	lowConfidence: boolean;
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
 * Start a reader's search: plan it (known message, synonyms, typos), rank every page's topic fields
 * (lib/search/topic-match) and search Pagefind once for the query's telling words (and each alone
 * when that finds too little), combine both, put a clearly matched message's article first unless
 * the rest of the query names another problem, and load each result's data (one Pagefind fragment
 * each) only when an outcome asks for it, so a page can show its first few results before the rest.
 */
export function startSearch(
	query: string,
	sources: SearchSources,
	options: { literal?: boolean; limit: number }
): RankedSearch {
	const { data } = sources;
	const planned = planQuery(query, data, { literal: options.literal });
	if (planned.terms.length === 0 && !planned.error) {
		const plan = planned;
		return {
			plan,
			outcome: () => Promise.resolve({ plan, hits: [], suggestions: [], lowConfidence: true }),
		};
	}
	const index = topicIndexOf(data);
	const plan = focusOnProblem(planned, index);
	const topics = rankTopics(stemAll(plan.terms), index);
	const intent = readIntent(plan, topics, index);
	const terms = pagefindTerms(plan.terms, data).slice(0, MAX_TERMS);
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
		instant: instantOutcome(plan, intent, topics, data),
		async outcome(limit: number): Promise<SearchOutcome> {
			const ranked = await ranking;
			const top = ranked[0]?.score ?? 0;
			// One more than shown: the topic score may lift it over the last.
			const loaded = await Promise.all(
				ranked.slice(0, limit + 1).map(async ({ result, score }) => ({
					page: await load(result),
					evidence: top > 0 ? score / top : 0,
				}))
			);
			return combine(plan, intent, topics, loaded, data, terms, limit);
		},
	};
}

/**
 * The plan without its clause of time ("since I updated") when the rest of the query still names a
 * problem of its own: the update dates the problem, the rest says what it is. With nothing else
 * named ("backup fails since the update"), the update is the topic and stays.
 */
function focusOnProblem(plan: QueryPlan, index: TopicIndex): QueryPlan {
	if (plan.whenTerms.length === 0) return plan;
	const when = new Set(plan.whenTerms);
	const rest = plan.terms.filter((term) => !when.has(term));
	return stemAll(rest).some((term) => isTelling(term, index)) ? { ...plan, terms: rest } : plan;
}

/** Each search data's topic index, built once (see prepareSearchData). */
const topicIndexes = new WeakMap<SearchData, TopicIndex>();

/**
 * Work out what every search on this data needs once (the topic index: a few milliseconds here,
 * a few hundred at 5,000 pages), so it can run while Pagefind is still loading.
 */
export function prepareSearchData(data: SearchData): void {
	topicIndexOf(data);
}

function topicIndexOf(data: SearchData): TopicIndex {
	let index = topicIndexes.get(data);
	if (!index) {
		index = data.topics
			? topicIndexFromData(data.topics, data.pages, data.synonyms)
			: buildTopicIndex(data.pages, data.errors, data.synonyms);
		topicIndexes.set(data, index);
	}
	return index;
}

/** Pagefind's results for the terms, best first, cut to one more than `limit`. */
async function rank(
	terms: readonly string[],
	pagefind: PagefindSearch,
	totalPages: number,
	limit: number
): Promise<{ result: PagefindResult; score: number }[]> {
	if (terms.length === 0) return [];
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

/**
 * The page the query clearly asks for, alone, from the search data, for the first paint before
 * Pagefind answers: the intent's page when it is sure, or a topic lead that Pagefind's evidence
 * (at most PAGEFIND_WEIGHT plus the label nudge for any page) cannot overturn.
 */
function instantOutcome(
	plan: QueryPlan,
	intent: Intent,
	topics: readonly TopicScore[],
	data: SearchData
): SearchOutcome | undefined {
	const [best, next] = topics;
	const lead = best && best.score - (next?.score ?? 0) > PAGEFIND_WEIGHT + LABEL_WEIGHT;
	const first = intent.first
		? intent.instant
			? intent.first
			: undefined
		: lead && best.score >= CLEAR_SCORE
			? best.url
			: undefined;
	const hit = first && synthesise(first, data.pages, plan);
	if (!hit) return undefined;
	if (intent.message) hit.matchedMessage = intent.message;
	return { plan, hits: [hit], suggestions: [], lowConfidence: false };
}

/**
 * One ranking from the topic scores and Pagefind's loaded results: each page's topic score plus
 * Pagefind's evidence for it (pages Pagefind did not return are shown from the search data), the
 * intent's page first, cut to `limit`. Confidence is low when no message or restated phrase
 * decides and the best two are close.
 */
function combine(
	plan: QueryPlan,
	intent: Intent,
	topics: readonly TopicScore[],
	loaded: readonly { page: PagefindResultData; evidence: number }[],
	data: SearchData,
	terms: readonly string[],
	limit: number
): SearchOutcome {
	const scores = new Map<string, { score: number; hit?: SearchHit }>();
	for (const topic of topics) scores.set(topic.url, { score: topic.score });
	const overviews = new Set(data.pages.filter((page) => page.overview).map((page) => page.url));
	// Pagefind was asked about a long query's rarest few words (pagefind-terms), often its filler:
	// its evidence speaks for the share of the query it saw, the topic score for all of it.
	const seen = plan.terms.length > 0 ? Math.min(1, terms.length / plan.terms.length) : 1;
	for (const { page, evidence } of loaded) {
		const url = pathOf(page.url);
		const label = LABEL_WEIGHT * labelCoverage(terms, page.meta.label);
		const weight = PAGEFIND_WEIGHT * seen * (overviews.has(url) ? OVERVIEW_EVIDENCE : 1);
		const entry = scores.get(url) ?? { score: 0 };
		entry.score += weight * evidence + label;
		entry.hit = toHit(page, plan, data);
		scores.set(url, entry);
	}
	const ranked = [...scores]
		.sort((a, b) => b[1].score - a[1].score)
		.map(([url, { score, hit }]) => ({ url, score, hit: hit ?? synthesise(url, data.pages, plan) }))
		.filter((entry): entry is { url: string; score: number; hit: SearchHit } => !!entry.hit);
	const ordered = settleNeighbours(ranked, stemAll(plan.terms), topicIndexOf(data));
	if (intent.first) {
		const index = ordered.findIndex((entry) => entry.url === intent.first);
		const first = index >= 0 ? ordered.splice(index, 1)[0] : undefined;
		const hit = first?.hit ?? synthesise(intent.first, data.pages, plan);
		if (hit) {
			if (intent.message) hit.matchedMessage = intent.message;
			ordered.unshift({ url: intent.first, score: Infinity, hit });
		}
	}
	const hits = ordered.slice(0, limit).map((entry) => entry.hit);
	return {
		plan,
		hits,
		suggestions:
			hits.length === 0 ? closestTitles(plan.correctedQuery ?? plan.searched, data.pages) : [],
		lowConfidence: intent.vague === true || (!intent.first && isClose(ordered)),
	};
}

/** Below this the best result matched too little of the query to be sure of it. */
const WEAK_SCORE = 1;

/**
 * Scores closer than this share of the best leave the first result in doubt, unless the best
 * scores SURE_SCORE on its own. Set on the tuning half so that most wrong first results say they
 * are unsure: a wrong answer shown as sure costs a reader more than a right one shown with the
 * message triage beside it (bench:search prints both counts).
 */
const CLOSE_SHARE = 0.7;

/** See CLOSE_SHARE. */
const SURE_SCORE = 2.2;

/** A topic lead this clear is shown before Pagefind answers. */
const CLEAR_SCORE = 1.6;

function isClose(ordered: readonly { score: number }[]): boolean {
	const [first, second] = ordered;
	if (!first || first.score < WEAK_SCORE) return true;
	return first.score < SURE_SCORE && (second?.score ?? 0) >= CLOSE_SHARE * first.score;
}

/**
 * A result as shown. A match in one section shows that section's excerpt; a match on the page as
 * a whole shows the page's description instead, because the top of a page and its reader phrasings
 * are lists (messages, phrasings) that Pagefind's excerpt runs together into fragments. So does a
 * section whose excerpt is only its own heading, which the result already names.
 */
function toHit(result: PagefindResultData, plan: QueryPlan, data: SearchData): SearchHit {
	const section = bestSection(result);
	const matched = matchError(plan.searched, messagesOf(result.url, data.errors));
	const description =
		!section || plainWords(section.excerpt) === plainWords(section.title)
			? data.pages.find((page) => page.url === pathOf(result.url))?.description
			: undefined;
	return {
		url: withHighlight(section?.url ?? result.url, plan.terms),
		slug: slugFromUrl(result.url),
		title: result.meta.title ?? result.url,
		section: section?.title,
		...(description
			? { summary: description }
			: { excerptHtml: section?.excerpt ?? result.excerpt }),
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
	return byPage.get(pathOf(url)) ?? [];
}

/**
 * The section with the most weight of matches; undefined when that is the top of the page or the
 * reader phrasings.
 */
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
	// Matched on the reader phrasings: the page's problem itself, so open it at the top.
	if (best.sub.url.endsWith(`#${SEARCHED_FOR_ID}`)) return undefined;
	return best.sub;
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

/** An excerpt's or a heading's words alone, for comparing them: no markup, case or punctuation. */
function plainWords(html: string): string {
	return tokenize(html.replace(/<[^>]*>/g, ' ')).join(' ');
}

/** A result URL without its query or fragment: "/fixes/storage-full/#x" gives "/fixes/storage-full/". */
function pathOf(url: string): string {
	return url.split(/[?#]/)[0] ?? url;
}
