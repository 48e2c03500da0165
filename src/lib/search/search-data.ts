import { buildErrorIndex, type ErrorSource } from '../content/error-index.ts';
import { pathForId } from '../routes.ts';
import type { KnownError } from './error-match.ts';
import { ruledOutKeysOf } from './ruled-out.ts';
import { encodeTopics, type TopicData } from './topic-match.ts';
import { synonymWords, type SynonymGroup } from './synonyms.ts';
import { wordsNearVocabulary } from './near-words.ts';
import type { Vocabulary } from './typo.ts';
import { tokenize } from './normalise.ts';
import { buildVocabulary, mdxToText } from './vocabulary.ts';

/** A page as suggestions and synthesised results show it. */
export interface SearchPage {
	url: string;
	title: string;
	description: string;
	/** The left rail's shorter label (front matter `navLabel`), when there is one. */
	label?: string;
	/** How readers describe the page's problem (front matter `symptoms`), when it lists any. */
	symptoms?: string[];
	/**
	 * The page names every other page's problem (the start page lists every fix, the error
	 * reference quotes every message), so its text says little about which problem a query is.
	 */
	overview?: true;
	/** The start page, where a query that names no problem of its own is sent. */
	start?: true;
}

/**
 * The build-time data the search client fetches once, from /search-data.json. It is the search's
 * only source of the known messages: Pagefind indexes their words but is not asked for them.
 */
export interface SearchData {
	pages: SearchPage[];
	/** Every known message with its primary article and the other pages that list it. */
	errors: KnownError[];
	vocabulary: Vocabulary;
	synonyms: SynonymGroup[];
	/** Words on nearly every page ("icloud", "backup"): they name no topic of their own. */
	genericWords: string[];
	/** Every page's topic fields, stemmed at build time (lib/search/topic-match). */
	topics?: TopicData;
	/** The ruled-out patterns the site's own phrases use, which stay topics (lib/search/ruled-out). */
	ruledOutKeys?: string[];
	/**
	 * Everyday English words that typo correction would otherwise turn into a site word ("able"
	 * into "cable"): a reader who typed a real word meant it. Only those few travel, not a dictionary.
	 */
	everydayWords?: string[];
}

/** Sections whose pages list or quote the others (see SearchPage.overview). */
const OVERVIEW_SECTIONS: ReadonlySet<string> = new Set(['start', 'reference']);

/** Share of pages a word must be on to count as generic. */
const GENERIC_SHARE = 0.9;

/** A docs entry as the search data needs it. */
export interface SearchSource extends ErrorSource {
	body?: string;
	data: ErrorSource['data'] & { description: string; navLabel?: string; symptoms?: string[] };
}

/**
 * Build the search data from the docs collection and the reviewed synonym list. `englishWords`
 * are common English words, most frequent first; those typo correction would rewrite are kept.
 */
export function buildSearchData(
	entries: readonly SearchSource[],
	synonyms: readonly SynonymGroup[],
	englishWords: readonly string[] = []
): SearchData {
	const pagesWithSymptoms: SearchPage[] = entries.map((entry) => ({
		url: pathForId(entry.id),
		title: entry.data.title,
		description: entry.data.description,
		...(entry.data.navLabel ? { label: entry.data.navLabel } : {}),
		...(entry.data.symptoms?.length ? { symptoms: entry.data.symptoms } : {}),
		...(OVERVIEW_SECTIONS.has(entry.data.section) ? { overview: true as const } : {}),
		...(entry.data.section === 'start' ? { start: true as const } : {}),
	}));
	const errors = buildErrorIndex(entries).map((item) => ({
		message: item.message,
		url: pathForId(item.primary.id),
		...(item.alsoSee.length > 0 ? { alsoOn: item.alsoSee.map((fix) => pathForId(fix.id)) } : {}),
	}));
	const texts = entries.map((entry) =>
		[
			entry.data.title,
			entry.data.navLabel ?? '',
			entry.data.description,
			...(entry.data.symptoms ?? []),
			...entry.data.errors.map((error) => error.message),
			mdxToText(entry.body ?? ''),
		].join('\n')
	);
	const vocabulary = buildVocabulary(texts);
	// The reader phrasings reach the browser only as stemmed topic terms and ruled-out keys.
	const pages = pagesWithSymptoms.map(({ symptoms: _symptoms, ...page }) => page);
	return {
		pages,
		errors,
		vocabulary,
		synonyms: [...synonyms],
		genericWords: genericWords(texts, vocabulary),
		topics: encodeTopics(pagesWithSymptoms, errors, synonyms),
		ruledOutKeys: [...ruledOutKeysOf(pagesWithSymptoms, synonyms)],
		everydayWords: wordsNearVocabulary(
			englishWords.filter((word) => /^[a-z]{3,}$/.test(word)),
			vocabulary,
			synonymWords(synonyms)
		),
	};
}

/** The vocabulary's words found on at least GENERIC_SHARE of the pages. */
function genericWords(texts: readonly string[], vocabulary: Vocabulary): string[] {
	const pagesWith = new Map<string, number>();
	for (const text of texts) {
		for (const word of new Set(tokenize(text))) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
	}
	return [...pagesWith]
		.filter(([word, count]) => word in vocabulary && count >= GENERIC_SHARE * texts.length)
		.map(([word]) => word)
		.sort();
}
