import { buildErrorIndex, type ErrorSource } from '../error-index';
import { pathForId } from '../routes';
import type { KnownError } from './error-match';
import type { SynonymGroup } from './synonyms';
import type { Vocabulary } from './typo';
import { buildVocabulary, mdxToText } from './vocabulary';

/** A page as suggestions and synthesised results show it. */
export interface SearchPage {
	url: string;
	title: string;
	description: string;
}

/** The build-time data the search client fetches once, from /search-data.json. */
export interface SearchData {
	pages: SearchPage[];
	/** Every known message with its primary article. */
	errors: KnownError[];
	vocabulary: Vocabulary;
	synonyms: SynonymGroup[];
}

/** A docs entry as the search data needs it. */
export interface SearchSource extends ErrorSource {
	body?: string;
	data: ErrorSource['data'] & { description: string };
}

/** Build the search data from the docs collection and the reviewed synonym list. */
export function buildSearchData(
	entries: readonly SearchSource[],
	synonyms: readonly SynonymGroup[]
): SearchData {
	const pages = entries.map((entry) => ({
		url: pathForId(entry.id),
		title: entry.data.title,
		description: entry.data.description,
	}));
	const errors = buildErrorIndex(entries).map((item) => ({
		message: item.message,
		url: pathForId(item.primary.id),
	}));
	const vocabulary = buildVocabulary(
		entries.flatMap((entry) => [
			entry.data.title,
			entry.data.navLabel ?? '',
			entry.data.description,
			...entry.data.errors.map((error) => error.message),
			mdxToText(entry.body ?? ''),
		])
	);
	return { pages, errors, vocabulary, synonyms: [...synonyms] };
}
