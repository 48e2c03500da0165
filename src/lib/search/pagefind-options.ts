/**
 * Pagefind's ranking options for this site (see https://pagefind.app/docs/ranking/). The content is
 * ~16 fix articles of similar length, a short start page that links to every fix, and a long error
 * reference that quotes every message; the values below follow from that shape.
 */
export const PAGEFIND_RANKING = {
	// Default 0.75 strongly favours short pages: the start page (a list of links to every fix) would
	// beat the fix itself. The fixes are of similar length, so length should matter little.
	pageLength: 0.3,
	// Default 1.4. The error reference repeats each message and its words; saturating sooner keeps
	// it from outranking the one article that is about the message.
	termSaturation: 1.0,
	// Default 1.0. Pagefind matches prefixes, so "back" also finds "background"; favour the
	// words closest in length to what was typed.
	termSimilarity: 1.5,
	// Default 1.0 (fully by frequency relative to length). Slightly lower so a long fix that keeps
	// returning to a topic is not penalised against a page that mentions it once.
	termFrequency: 0.8,
	metaWeights: {
		// Titles are written as the problem in a reader's words ("the backup is stuck"): keep the
		// strong default boost, a little higher.
		title: 6,
		// The messages a page fixes (DocsLayout's errors block): an exact message is the strongest
		// signal a reader can give, so it outweighs even the title.
		errors: 8,
		// The short left-rail label (DocsLayout's h1), often the reader's own words ("Make the
		// backup smaller"); weighted like the title it stands in for.
		label: 6,
	},
} as const;

/** Words in an excerpt: long enough to show the matched words with context, short enough for a phone. */
export const EXCERPT_LENGTH = 22;
