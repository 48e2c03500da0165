import { stemmer } from 'stemmer';
import type { KnownError } from './error-match.ts';
import { tokenize } from './normalise.ts';
import type { SearchPage } from './search-data.ts';
import { contentWords } from './stopwords.ts';
import { applySynonyms, type SynonymGroup } from './synonyms.ts';
import { readUpdateSense } from './update-sense.ts';

/**
 * What each page is about, in the words readers use: its title, rail label, reader phrasings
 * (`symptoms`), the messages it fixes and its description. Pagefind ranks the whole text of every
 * page; this ranks these few fields, which name each page's problem, so a query's topic words
 * decide rather than its filler, and a query that restates one of them finds its page.
 */

/** How much a word counts by where a page has it: a title or a reader's phrase names the problem. */
const FIELD_WEIGHTS = {
	title: 3,
	label: 3,
	symptom: 2.5,
	message: 2.5,
	/** A message the page lists but another page fixes first. */
	related: 1,
	description: 1,
} as const;

/** The weight of a word in a page's title or rail label: the page names it as its problem. */
export const TITLE_WEIGHT = FIELD_WEIGHTS.title;

/** The strongest field weight, which scales a page's term score to 0–1. */
const TOP_FIELD_WEIGHT = 3;

/** How much the best-covered phrase counts beside the term score (both 0–1). */
const PHRASE_WEIGHT = 1;

/**
 * How much a phrase's part in the ranking depends on how much of the query's telling words it
 * explains: of two pages' phrases restated as fully, the one that also accounts for more of what
 * the reader said ("every Wi-Fi network", not just "Wi-Fi") is the closer. Half, so that filler
 * in a long story, which no phrase explains, cannot sink a phrase the story restates.
 */
const EXPLAINS_WEIGHT = 0.5;

/** A word in the topic fields of this share of pages names no problem of its own. */
const VAGUE_SHARE = 0.3;

/**
 * A phrase restated in full counts fully only when its telling words (those not common to many
 * pages, see VAGUE_SHARE) weigh as much as one word found on a third of the pages. "Backing
 * Up…" or "won't back up to iCloud" alone name no problem of their own.
 */
const TELLING_WEIGHT = Math.log(1 + 3);

/** A phrase of a page, as stemmed content words. */
interface Phrase {
	terms: readonly string[];
	/** 0–1: how much a full restatement of this phrase says (a title more than a description). */
	weight: number;
}

/** One page in the topic index. */
interface TopicPage {
	url: string;
	/** The page names every page's problem (SearchPage.overview): it never overrides a message. */
	overview: boolean;
	/** Each stemmed term's strongest field weight on this page. */
	fields: ReadonlyMap<string, number>;
	phrases: readonly Phrase[];
}

/** The topic index: each page's fields, and how many pages have each term (for rarity). */
export interface TopicIndex {
	pages: readonly TopicPage[];
	pagesWith: ReadonlyMap<string, number>;
	/** The pages (by position in `pages`) each term is on, so a query touches only those. */
	postings: ReadonlyMap<string, readonly number[]>;
	/** The synonyms the fields went through, for turning other text into terms the same way. */
	synonyms: readonly SynonymGroup[];
	/** The start page's URL (SearchPage.start), if there is one. */
	startUrl?: string;
}

/** How well a page's topic fields match a query. */
export interface TopicScore {
	url: string;
	/** Term evidence plus the best phrase coverage; 0 when nothing matched. */
	score: number;
	/** 0–1: the share of the best-covered phrase's weight the query restates. */
	phrase: number;
}

/** Topic words of a text: tokens with synonyms and word senses read, stopwords dropped, stemmed. */
export function topicTerms(text: string, synonyms: readonly SynonymGroup[]): string[] {
	return stemAll(contentWords(readUpdateSense(applySynonyms(tokenize(text), synonyms))));
}

/** Stem already planned query terms (synonyms rewritten, stopwords dropped) the same way. */
export function stemAll(words: readonly string[]): string[] {
	return [...new Set(words.flatMap((word) => (word.length > 1 ? [stem(word)] : [])))];
}

/** Stems of words seen so far: thousands of pages share a few thousand words. */
const stems = new Map<string, string>();

function stem(word: string): string {
	let found = stems.get(word);
	if (found === undefined) stems.set(word, (found = stemmer(word)));
	return found;
}

/**
 * The topic index as the build writes it into the search data, so a reader's browser does not
 * tokenise and stem every page's fields (a few hundred milliseconds at 5,000 pages): each stemmed
 * term once, then each page's fields and phrases by term number, in the order of the pages.
 */
export interface TopicData {
	terms: string[];
	/** Per page: term number, field weight, term number, field weight, … */
	fields: number[][];
	/** Per page: its phrases, each as its field weight followed by its term numbers. */
	phrases: number[][][];
}

/** Work out every page's topic fields and phrases, stemmed, at build time. */
export function encodeTopics(
	pages: readonly SearchPage[],
	errors: readonly KnownError[],
	synonyms: readonly SynonymGroup[]
): TopicData {
	const messages = messagesByPage(errors);
	const numbers = new Map<string, number>();
	const number = (term: string) => {
		let found = numbers.get(term);
		if (found === undefined) numbers.set(term, (found = numbers.size));
		return found;
	};
	const fields: number[][] = [];
	const phrases: number[][][] = [];
	for (const page of pages) {
		const own = messages.get(page.url);
		const weights = new Map<string, number>();
		const pagePhrases: number[][] = [];
		const add = (text: string | undefined, weight: number, isPhrase: boolean) => {
			if (!text) return;
			const terms = topicTerms(text, synonyms);
			for (const term of terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
			if (isPhrase && terms.length > 0) pagePhrases.push([weight, ...terms.map(number)]);
		};
		add(page.title, FIELD_WEIGHTS.title, true);
		add(page.label, FIELD_WEIGHTS.label, true);
		for (const symptom of page.symptoms ?? []) add(symptom, FIELD_WEIGHTS.symptom, true);
		for (const message of own?.primary ?? []) add(message, FIELD_WEIGHTS.message, true);
		for (const message of own?.related ?? []) add(message, FIELD_WEIGHTS.related, false);
		add(page.description, FIELD_WEIGHTS.description, false);
		fields.push([...weights].flatMap(([term, weight]) => [number(term), weight]));
		phrases.push(pagePhrases);
	}
	return { terms: [...numbers.keys()], fields, phrases };
}

/** The topic index from the build's topic data: postings and rarity, no text work. */
export function topicIndexFromData(
	data: TopicData,
	pages: readonly SearchPage[],
	synonyms: readonly SynonymGroup[]
): TopicIndex {
	const postings = new Map<string, number[]>();
	const topicPages = pages.map((page, position) => {
		const fields = new Map<string, number>();
		const flat = data.fields[position] ?? [];
		for (let at = 0; at < flat.length; at += 2) {
			const term = data.terms[flat[at] ?? -1];
			if (term === undefined) continue;
			fields.set(term, flat[at + 1] ?? 0);
			const list = postings.get(term);
			if (list) list.push(position);
			else postings.set(term, [position]);
		}
		const phrases = (data.phrases[position] ?? []).map(([weight = 0, ...terms]) => ({
			terms: terms.flatMap((term) => data.terms[term] ?? []),
			weight: weight / TOP_FIELD_WEIGHT,
		}));
		return { url: page.url, overview: page.overview === true, fields, phrases };
	});
	const pagesWith = new Map([...postings].map(([term, list]) => [term, list.length]));
	const startUrl = pages.find((page) => page.start)?.url;
	return { pages: topicPages, pagesWith, postings, synonyms, startUrl };
}

/** Build the topic index from the pages themselves (tests, and search data without topic data). */
export function buildTopicIndex(
	pages: readonly SearchPage[],
	errors: readonly KnownError[],
	synonyms: readonly SynonymGroup[]
): TopicIndex {
	return topicIndexFromData(encodeTopics(pages, errors, synonyms), pages, synonyms);
}

/**
 * Score every page's topic fields against stemmed query terms, best first; pages matching nothing
 * are left out. A term counts by its rarity across pages (one on every page says nothing) and by
 * the strongest field it is in; the page's best phrase adds how much of it the query restates.
 */
export function rankTopics(terms: readonly string[], index: TopicIndex): TopicScore[] {
	const total = index.pages.length;
	const rarity = new Map<string, number>();
	for (const term of terms) {
		const count = index.pagesWith.get(term);
		if (count) rarity.set(term, Math.log(1 + total / count));
	}
	const queryWeight = [...rarity.values()].reduce((sum, value) => sum + value, 0);
	if (queryWeight === 0) return [];
	// Pages with one of the query's telling words, when it has any: a word on a third of the pages
	// ("backup") would make most of 5,000 pages candidates, and it decides nothing between them.
	const telling = [...rarity.keys()].filter(
		(term) => (index.pagesWith.get(term) ?? 0) < VAGUE_SHARE * total
	);
	const candidates = new Set(
		(telling.length > 0 ? telling : [...rarity.keys()]).flatMap(
			(term) => index.postings.get(term) ?? []
		)
	);
	const tellingWeight = telling.reduce((sum, term) => sum + (rarity.get(term) ?? 0), 0);
	const scores: TopicScore[] = [];
	for (const position of candidates) {
		const page = index.pages[position];
		if (!page) continue;
		let evidence = 0;
		for (const [term, weight] of rarity) evidence += weight * (page.fields.get(term) ?? 0);
		if (evidence === 0) continue;
		const { phrase, ranked } = bestPhrase(page.phrases, rarity, index, total, tellingWeight);
		scores.push({
			url: page.url,
			score: evidence / (queryWeight * TOP_FIELD_WEIGHT) + PHRASE_WEIGHT * ranked,
			phrase,
		});
	}
	return scores.sort((a, b) => b.score - a.score);
}

/**
 * The phrase the query restates most: the rarity-weighted share of its terms the query has, times
 * the phrase's own weight. One shared word of a longer phrase is ordinary evidence, not a restatement.
 * `ranked` is the best phrase for ranking, which also weighs how much of the query it explains.
 */
function bestPhrase(
	phrases: readonly Phrase[],
	rarity: ReadonlyMap<string, number>,
	index: TopicIndex,
	total: number,
	queryTelling: number
): { phrase: number; ranked: number } {
	let best = 0;
	let ranked = 0;
	for (const phrase of phrases) {
		let shared = 0;
		let whole = 0;
		let telling = 0;
		let count = 0;
		let tellingShared = false;
		let explained = 0;
		for (const term of phrase.terms) {
			const pages = index.pagesWith.get(term) ?? total;
			const weight = Math.log(1 + total / pages);
			const isTellingTerm = pages < VAGUE_SHARE * total;
			whole += weight;
			if (isTellingTerm) telling += weight;
			if (rarity.has(term)) {
				shared += weight;
				count += 1;
				tellingShared ||= isTellingTerm;
				if (isTellingTerm) explained += weight;
			}
		}
		// Restating a phrase means saying at least one of its telling words.
		if (whole === 0 || !tellingShared || count < Math.min(2, phrase.terms.length)) continue;
		const factor = Math.min(1, telling / TELLING_WEIGHT);
		const explains = queryTelling > 0 ? explained / queryTelling : 1;
		const restated = (shared / whole) * phrase.weight * factor;
		best = Math.max(best, restated);
		ranked = Math.max(ranked, restated * (1 - EXPLAINS_WEIGHT + EXPLAINS_WEIGHT * explains));
	}
	return { phrase: best, ranked };
}

/** How strongly a page's topic fields have a term: its best field's weight, 0 when it has none. */
export function fieldWeight(url: string, term: string, index: TopicIndex): number {
	return index.pages.find((page) => page.url === url)?.fields.get(term) ?? 0;
}

/** Whether a page names every page's problem (SearchPage.overview). */
export function isOverview(url: string, index: TopicIndex): boolean {
	return index.pages.some((page) => page.url === url && page.overview);
}

/** Whether a word is in some page's topic fields without being common to many of them. */
export function isTelling(term: string, index: TopicIndex): boolean {
	const pages = index.pagesWith.get(term);
	return pages !== undefined && pages < VAGUE_SHARE * index.pages.length;
}

/**
 * Whether every topic word of the query is common to many pages' topic fields, as in "my iphone
 * won't back up", which could be any of them. Words in no page's fields are not counted; a query
 * of only those is unknown, not vague.
 */
export function isVague(terms: readonly string[], index: TopicIndex): boolean {
	const total = index.pages.length;
	const known = terms.filter((term) => index.pagesWith.has(term));
	return (
		known.length > 0 &&
		known.every((term) => (index.pagesWith.get(term) ?? 0) >= VAGUE_SHARE * total)
	);
}

/** Each page's messages: those it fixes first, and those it lists that another page fixes first. */
function messagesByPage(
	errors: readonly KnownError[]
): Map<string, { primary: string[]; related: string[] }> {
	const byPage = new Map<string, { primary: string[]; related: string[] }>();
	const entry = (url: string) => {
		let found = byPage.get(url);
		if (!found) byPage.set(url, (found = { primary: [], related: [] }));
		return found;
	};
	for (const error of errors) {
		entry(error.url).primary.push(error.message);
		for (const url of error.alsoOn ?? []) entry(url).related.push(error.message);
	}
	return byPage;
}
