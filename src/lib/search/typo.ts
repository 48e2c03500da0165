import { stemmer } from 'stemmer';
import { allowedEdits, editDistance } from './edit-distance.ts';
import { MAX_CORRECTED_WORDS, MAX_WORD_LENGTH } from './limits.ts';

/** The site's words and how often each occurs, generated at build time from the articles. */
export type Vocabulary = Readonly<Record<string, number>>;

/** One word the reader typed and the site word it was corrected to. */
export interface Correction {
	from: string;
	to: string;
}

/** A vocabulary arranged for lookups: sorted for prefixes, bucketed by length for candidates. */
interface Lexicon {
	sorted: string[];
	byLength: Map<number, [string, number][]>;
	/** Stems of the site's words, so another form of a site word ("restarting") is no typo. */
	stems: Set<string>;
}

/** Built once per vocabulary object: the data arrives once, queries come every keystroke. */
const lexicons = new WeakMap<Vocabulary, Lexicon>();

function lexicon(vocabulary: Vocabulary): Lexicon {
	let found = lexicons.get(vocabulary);
	if (!found) {
		const byLength = new Map<number, [string, number][]>();
		for (const entry of Object.entries(vocabulary)) {
			const bucket = byLength.get(entry[0].length) ?? [];
			bucket.push(entry);
			byLength.set(entry[0].length, bucket);
		}
		const sorted = Object.keys(vocabulary).sort();
		found = { sorted, byLength, stems: new Set(sorted.map((word) => stemmer(word))) };
		lexicons.set(vocabulary, found);
	}
	return found;
}

/** Whether a site word starts with `prefix`: a binary search for the first word not below it. */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if ((sorted[middle] ?? '') < prefix) low = middle + 1;
		else high = middle;
	}
	return sorted[low]?.startsWith(prefix) ?? false;
}

/**
 * Whether a word needs no correction: it is on the site, or is the start of a word on the site
 * (the reader may still be typing, and Pagefind matches prefixes), or another form of a word on
 * the site ("restarting" beside "restart"), or is a number.
 */
export function isKnownWord(
	word: string,
	vocabulary: Vocabulary,
	extra?: ReadonlySet<string>
): boolean {
	if (word in vocabulary || extra?.has(word) || /^\d/.test(word)) return true;
	if (word.length < 3) return true;
	const { sorted, stems } = lexicon(vocabulary);
	return hasPrefix(sorted, word) || stems.has(stemmer(word));
}

/**
 * The nearest site word to an unknown word, within the edits its length allows; ties go to the
 * word sharing the first letter, then to the more frequent word. Undefined when nothing is close.
 * Only words whose length is within those edits are candidates, so the list stays bounded.
 */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
	const max = allowedEdits(word.length);
	if (max === 0) return undefined;
	const { byLength } = lexicon(vocabulary);
	let best: { word: string; distance: number; rank: number } | undefined;
	for (let length = word.length - max; length <= word.length + max; length++) {
		for (const [candidate, count] of byLength.get(length) ?? []) {
			const distance = editDistance(word, candidate, max);
			if (distance > max) continue;
			const rank = (candidate[0] === word[0] ? 1_000_000 : 0) + count;
			if (!best || distance < best.distance || (distance === best.distance && rank > best.rank)) {
				best = { word: candidate, distance, rank };
			}
		}
	}
	return best?.word;
}

/**
 * Correct the unknown words among the first MAX_CORRECTED_WORDS tokens; returns the new tokens and
 * what changed. Each correction scans the whole vocabulary, hence the cap; later and over-long
 * tokens stay as typed.
 */
export function correctTokens(
	tokens: readonly string[],
	vocabulary: Vocabulary,
	extra?: ReadonlySet<string>
): { tokens: string[]; corrections: Correction[] } {
	const corrections: Correction[] = [];
	const corrected = tokens.map((token, index) => {
		if (index >= MAX_CORRECTED_WORDS || token.length > MAX_WORD_LENGTH) return token;
		if (isKnownWord(token, vocabulary, extra)) return token;
		const nearest = nearestWord(token, vocabulary);
		if (!nearest) return token;
		corrections.push({ from: token, to: nearest });
		return nearest;
	});
	return { tokens: corrected, corrections };
}
