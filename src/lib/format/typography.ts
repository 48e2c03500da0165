/**
 * Front matter is typed with straight quotes, as keyboards make them; the article bodies get
 * curly ones from Markdown's smartypants. This gives titles, labels and descriptions the same
 * marks, so a page's heading matches its text.
 */

/** The text with typewriter quotes and apostrophes turned into typographic ones (’ ‘ “ ”). */
export function curlyQuotes(text: string): string {
	return (
		text
			// An apostrophe inside or at the end of a word: won't, Apple's, readers'.
			.replace(/(\p{L}|\d)'/gu, '$1’')
			// Any other single quote opens when nothing but space or an opening mark comes before it.
			.replace(/(^|[\s([{“"])'/gu, '$1‘')
			.replace(/'/g, '’')
			.replace(/(^|[\s([{‘])"/gu, '$1“')
			.replace(/"/g, '”')
	);
}
