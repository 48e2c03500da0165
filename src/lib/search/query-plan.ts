import { matchError, type ErrorMatch, type KnownError } from './error-match.ts';
import { dropDeviceModels } from './device-models.ts';
import { capQueryWords, type Shortened } from './limits.ts';
import { tokenize } from './normalise.ts';
import { canonicalPhrases, dropRuledOut, ruledOutKeysOf } from './ruled-out.ts';
import { STOPWORDS, contentWords } from './stopwords.ts';
import { applySynonyms, synonymWords, type SynonymGroup } from './synonyms.ts';
import { correctTokens, type Correction, type Vocabulary } from './typo.ts';
import { readUpdateSense } from './update-sense.ts';
import { whenClausePositions } from './when-clause.ts';

/** What the query pipeline needs from the build-time search data. */
export interface PlanData {
	vocabulary: Vocabulary;
	synonyms: readonly SynonymGroup[];
	errors: readonly KnownError[];
	/** Words on nearly every page, which name no topic beside a short message (see error-match). */
	genericWords?: readonly string[];
	/** The site's pages: their own phrases say which "without …" or "tried …" are topics here. */
	pages?: readonly { title: string; label?: string; symptoms?: readonly string[] }[];
	/** Those patterns, worked out at build time (SearchData.ruledOutKeys); else from `pages`. */
	ruledOutKeys?: readonly string[];
	/** Real words typo correction leaves as typed (SearchData.everydayWords). */
	everydayWords?: readonly string[];
}

/** How a reader's query will be searched. */
export interface QueryPlan {
	/** The query as typed, trimmed. */
	literal: string;
	/** The text searched: `literal`, or its words within the caps when it was shortened. */
	searched: string;
	/** What the caps in ./limits left out of a very long query; undefined when nothing. */
	shortened?: Shortened;
	/** The typo corrections made; empty when none were needed or `literal` was asked for. */
	corrections: Correction[];
	/** The query as corrected, for "Showing results for …"; undefined without corrections. */
	correctedQuery?: string;
	/** The words sent to Pagefind: synonyms rewritten, typos corrected, stopwords dropped. */
	terms: string[];
	/** The known message found in the query, if any. */
	error?: ErrorMatch;
	/** Those of `terms` that only say when the problem began ("since the update"); often none. */
	whenTerms: string[];
}

/**
 * Turn what a reader typed or pasted into a search: spot a known error message, rewrite synonyms,
 * correct typos against the site's own words (unless `literal`), and keep the words that matter.
 */
export function planQuery(
	raw: string,
	data: PlanData,
	options: { literal?: boolean } = {}
): QueryPlan {
	const literal = raw.trim();
	const { words: tokens, shortened } = capQueryWords(tokenize(literal));
	// Matching sees the punctuation of the text as typed, unless that text was too long to keep.
	const searched = shortened ? tokens.join(' ') : literal;
	const extra = synonymWordsOnce(data.synonyms);
	const rewritten = applySynonyms(dropDeviceModels(tokens), data.synonyms);
	const { tokens: corrected, corrections } = options.literal
		? { tokens: rewritten, corrections: [] }
		: correctTokens(rewritten, withWords(data.vocabulary, extra), knownWords(data, extra));
	const ruledOut = ruledOutRules(data);
	const final = readUpdateSense(applySynonyms(corrected, data.synonyms));
	const when = whenClausePositions(final);
	const whenTerms = unique(contentWords(final.filter((_, position) => when.has(position))));
	const terms = unique(
		contentWords(
			dropRuledOut(final, ruledOut.ownKeys, ruledOut.phrases, (word) => !STOPWORDS.has(word))
		)
	);
	const generic = genericSet(data.genericWords);
	const asTyped = matchError(searched, data.errors, generic);
	const asCorrected =
		corrections.length > 0 && !asTyped?.strong
			? matchError(corrected.join(' '), data.errors, generic)
			: undefined;
	const error = asCorrected?.strong ? asCorrected : (asTyped ?? asCorrected);
	return {
		literal,
		searched,
		shortened,
		corrections,
		correctedQuery: corrections.length > 0 ? correctedText(tokens, corrections) : undefined,
		terms,
		error,
		whenTerms: whenTerms.filter((term) => terms.includes(term)),
	};
}

/** The reader's own words with only the corrected ones swapped, so the notice reads naturally. */
function correctedText(tokens: readonly string[], corrections: readonly Correction[]): string {
	const fixes = new Map(corrections.map((correction) => [correction.from, correction.to]));
	return tokens.map((token) => fixes.get(token) ?? token).join(' ');
}

/** The vocabulary with the synonym words, merged once per data (it is used every keystroke). */
const merged = new WeakMap<Vocabulary, Vocabulary>();

function withWords(vocabulary: Vocabulary, words: ReadonlySet<string>): Vocabulary {
	let found = merged.get(vocabulary);
	if (!found) {
		const all: Record<string, number> = { ...vocabulary };
		for (const word of words) if (!(word in all) && word.length > 2) all[word] = 1;
		merged.set(vocabulary, (found = all));
	}
	return found;
}

const genericSets = new WeakMap<readonly string[], Set<string>>();
const NONE: ReadonlySet<string> = new Set();

function genericSet(words: readonly string[] | undefined): ReadonlySet<string> {
	if (!words) return NONE;
	let set = genericSets.get(words);
	if (!set) genericSets.set(words, (set = new Set(words)));
	return set;
}

/** What ruling words out needs from the data, worked out once per data. */
interface RuledOutRules {
	/** Synonym canonicals of several words ("force restart"), dropped whole. */
	phrases: string[][];
	/** Patterns the site's own phrases use, which stay topics. */
	ownKeys: Set<string>;
}

const ruledOutCache = new WeakMap<PlanData, RuledOutRules>();

function ruledOutRules(data: PlanData): RuledOutRules {
	let rules = ruledOutCache.get(data);
	if (!rules) {
		const ownKeys = data.ruledOutKeys
			? new Set(data.ruledOutKeys)
			: ruledOutKeysOf(data.pages ?? [], data.synonyms);
		rules = { phrases: canonicalPhrases(data.synonyms), ownKeys };
		ruledOutCache.set(data, rules);
	}
	return rules;
}

const knownSets = new WeakMap<PlanData, Set<string>>();

/** Words never corrected: the synonyms' and the everyday English words the build listed. */
function knownWords(data: PlanData, synonyms: ReadonlySet<string>): ReadonlySet<string> {
	if (!data.everydayWords?.length) return synonyms;
	let known = knownSets.get(data);
	if (!known) knownSets.set(data, (known = new Set([...synonyms, ...data.everydayWords])));
	return known;
}

const synonymSets = new WeakMap<readonly SynonymGroup[], Set<string>>();

function synonymWordsOnce(groups: readonly SynonymGroup[]): Set<string> {
	let words = synonymSets.get(groups);
	if (!words) synonymSets.set(groups, (words = synonymWords(groups)));
	return words;
}

function unique(words: readonly string[]): string[] {
	return [...new Set(words)];
}
