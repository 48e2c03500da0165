/** The part of the `stopword` package this site uses: its English list (the package has no types). */
declare module 'stopword' {
	/** English stopwords, lowercase. */
	export const eng: readonly string[];
}
