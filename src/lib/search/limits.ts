/**
 * How much of a query or a highlight link the site works on. Typo correction compares each word
 * with the whole vocabulary and the highlighter walks the article once per word, so an uncapped
 * paste (thousands of words) or a crafted link (hundreds of highlight words) freezes the page for
 * seconds. Real queries fit: the longest known error message is 14 words, a pasted notification
 * (title and body) under 20, and the first two sentences of a forum post, which often name the
 * problem only at the end, up to about 60.
 */

/**
 * Words of a query that are searched and matched against known messages; the rest are ignored.
 * It was 32, which cut the problem off the end of long posts in the held-out query sets; 64 words
 * plan in about 5 ms here (32: 3.5 ms), and the wall-of-text e2e test keeps the page responsive.
 */
export const MAX_QUERY_WORDS = 64;

/** Words of a query, from the start, that typo correction looks at; later words go as typed. */
export const MAX_CORRECTED_WORDS = 12;

/** Longer "words" are pasted noise, not words: no site word comes near, so they are left out. */
export const MAX_WORD_LENGTH = 40;

/** Words marked on an article opened from a result link. */
export const MAX_HIGHLIGHT_WORDS = 12;

/** What capping left out of a query, for the notice; undefined when nothing was. */
export interface Shortened {
	/** Words after the first MAX_QUERY_WORDS were ignored. */
	extraWords: boolean;
	/** Words longer than MAX_WORD_LENGTH were ignored. */
	longWords: boolean;
}

/** The query's words within the caps, and what was left out. */
export function capQueryWords(tokens: readonly string[]): {
	words: string[];
	shortened?: Shortened;
} {
	const short = tokens.filter((token) => token.length <= MAX_WORD_LENGTH);
	const words = short.slice(0, MAX_QUERY_WORDS);
	const longWords = short.length < tokens.length;
	const extraWords = words.length < short.length;
	return { words, shortened: longWords || extraWords ? { extraWords, longWords } : undefined };
}

/**
 * The words to mark on an opened article, from a link's highlight parameters: split on spaces (the
 * highlighter would split them anyway), without duplicates or over-long words, the first
 * MAX_HIGHLIGHT_WORDS only.
 */
export function capHighlightWords(values: readonly string[]): string[] {
	const words = new Set<string>();
	for (const value of values) {
		for (const word of value.split(/\s+/)) {
			if (words.size >= MAX_HIGHLIGHT_WORDS) return [...words];
			if (word && word.length <= MAX_WORD_LENGTH) words.add(word);
		}
	}
	return [...words];
}

/**
 * Results the /search/ page lists (the scale bench loads as many, and README says so): more than
 * a query matches well on this site, few enough that each result's fragment (one request) is cheap.
 */
export const RESULTS_PAGE_LIMIT = 20;
