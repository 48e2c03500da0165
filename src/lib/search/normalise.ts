/**
 * Text normalisation shared by error matching, typo correction and the query pipeline. Readers
 * paste notifications with curly quotes, ellipses, their own device name and a number of weeks;
 * the known messages are written once, for iPhone, with "N". Both sides go through the same steps.
 */

const CONTRACTIONS: [RegExp, string][] = [
	[/\bcan'?t\b/g, 'cannot'],
	[/\bwon'?t\b/g, 'will not'],
	[/\b(could|has|have|is|are|was|were|does|did|do|would|should)n'?t\b/g, '$1 not'],
];

const NUMBER_WORDS =
	/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d+)\b/g;

/** Lowercase, straighten quotes, drop ellipses and accents, expand contractions. Keeps word order. */
export function foldText(text: string): string {
	let folded = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'")
		.replace(/[\u201c\u201d\u201e\u2033]/g, '"')
		.replace(/\u2026/g, '...');
	for (const [pattern, replacement] of CONTRACTIONS) folded = folded.replace(pattern, replacement);
	return folded;
}

/** Split folded text into word tokens: letters and digits, hyphens kept inside a word (wi-fi). */
export function tokenize(text: string): string[] {
	return foldText(text).match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
}

/**
 * The canonical form of an error message for comparison: device names become "iphone", counts
 * ("3", "three", "a few") become "n", punctuation goes.
 */
export function normaliseMessage(text: string): string[] {
	const folded = foldText(text)
		.replace(/\bipod touch\b|\bipad\b|\bipod\b/g, 'iphone')
		.replace(NUMBER_WORDS, ' n ');
	return tokenize(folded);
}
