import { tokenize } from './normalise.ts';
import { applySynonyms, type SynonymGroup } from './synonyms.ts';

/**
 * Words a reader rules out. "Why won't my iPhone back up even though I have enough storage?" is
 * not about storage; "no amount of restarting fixes it" is not asking how to restart; "I don't
 * have a computer" is not asking for a computer backup. Those words are dropped from the search
 * terms, unless a page of the site itself says the same ("back up without Wi-Fi" is a topic of
 * its own), so the rule never hides a page's own phrasing. Works on folded tokens, after synonyms.
 */

/** What a reader may have plenty of: "enough storage" says storage is not the problem. */
const RESOURCES: ReadonlySet<string> = new Set(['storage', 'space', 'room']);

/** Words allowed between "enough" and the resource: "enough free iCloud space". */
const RESOURCE_FILLER: ReadonlySet<string> = new Set(['free', 'icloud', 'available', 'of', 'the']);

/** Words that turn "enough" back into a shortage: "not enough", "without enough". */
const SHORTAGE: ReadonlySet<string> = new Set([
	'not',
	'no',
	'without',
	'never',
	'barely',
	'hardly',
]);

/** "plenty of space", "lots of storage". */
const PLENTY: ReadonlySet<string> = new Set(['plenty', 'lots', 'loads', 'tons']);

/** Words skipped before the thing tried or missing: "tried a force restart", "not have a Mac". */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'any', 'the', 'my']);

/** Words after a missing thing that say it is not at hand: "no computer available". */
const AT_HAND: ReadonlySet<string> = new Set(['available', 'nearby', 'handy', 'around']);

/** Quantities, not things: "without enough space" is a shortage, not an absence. */
const QUANTITIES: ReadonlySet<string> = new Set(['enough', 'much', 'many', 'more', 'any', 'to']);

/** A span of tokens a reader rules out, and the pattern's key for comparing with the site's own. */
interface RuledOut {
	/** The positions to drop. */
	drop: number[];
	/** The pattern and what it names, e.g. "absent wi-fi", so "don't have Wi-Fi" = "without Wi-Fi". */
	key: string;
}

/**
 * Find every ruled-out span in a token list. `phrases` are the synonym canonicals of more than one
 * word ("force restart"), dropped whole when tried.
 */
export function findRuledOut(
	tokens: readonly string[],
	phrases: readonly (readonly string[])[] = []
): RuledOut[] {
	const found: RuledOut[] = [];
	for (let i = 0; i < tokens.length; i += 1) {
		const token = tokens[i];
		const previous = tokens.slice(Math.max(0, i - 2), i);
		if (token === 'enough' && !previous.some((word) => SHORTAGE.has(word))) {
			const end = resourceAfter(tokens, i + 1);
			if (end !== undefined) found.push({ drop: range(i, end), key: `plenty ${tokens[end]}` });
		} else if (token && PLENTY.has(token) && tokens[i + 1] === 'of') {
			const end = resourceAfter(tokens, i + 2);
			if (end !== undefined) found.push({ drop: range(i, end), key: `plenty ${tokens[end]}` });
		} else if (token === 'not' && tokens[i + 1] === 'full') {
			const resource = previous.findIndex((word) => RESOURCES.has(word) || word === 'icloud');
			const drop = resource >= 0 ? [i - previous.length + resource, i + 1] : [i + 1];
			found.push({ drop, key: 'not full' });
		} else if (token === 'tried' || (token === 'amount' && previous.at(-1) === 'no')) {
			const at = skip(tokens, tokens[i + 1] === 'of' ? i + 2 : i + 1);
			const drop = thingAt(tokens, at, phrases);
			// "no amount of" goes with it: it says nothing of the problem.
			const lead = token === 'amount' ? range(i - 1, at - 1) : [];
			if (drop) {
				found.push({
					drop: [...lead, ...drop],
					key: `tried ${drop.map((p) => tokens[p]).join(' ')}`,
				});
			}
		} else if (token === 'without' || (token === 'have' && previous.at(-1) === 'not')) {
			const at = skip(tokens, i + 1);
			const drop = thingAt(tokens, at, phrases);
			const last = drop?.at(-1) ?? at;
			// "a computer available", "a Mac nearby": the word after says where, not what.
			const where = AT_HAND.has(tokens[last + 1] ?? '') ? [last + 1] : [];
			if (drop) {
				found.push({
					drop: [...drop, ...where],
					key: `absent ${drop.map((p) => tokens[p]).join(' ')}`,
				});
			}
		}
	}
	return found;
}

/**
 * The tokens without what the reader ruled out, except spans whose key is in `ownKeys` (the site's
 * own phrases say the same). Returns the tokens unchanged when nothing would be left to search.
 */
export function dropRuledOut(
	tokens: readonly string[],
	ownKeys: ReadonlySet<string>,
	phrases: readonly (readonly string[])[] = [],
	isContent: (word: string) => boolean = () => true
): string[] {
	const drop = new Set(
		findRuledOut(tokens, phrases)
			.filter((span) => !ownKeys.has(span.key))
			.flatMap((span) => span.drop)
	);
	if (drop.size === 0) return [...tokens];
	const kept = tokens.filter((_, position) => !drop.has(position));
	return kept.some(isContent) ? kept : [...tokens];
}

/** The keys of every ruled-out span in the site's own phrases: those patterns are topics here. */
export function ownRuledOutKeys(
	phrases: readonly (readonly string[])[],
	canonicals: readonly (readonly string[])[] = []
): Set<string> {
	return new Set(phrases.flatMap((tokens) => findRuledOut(tokens, canonicals).map((s) => s.key)));
}

/** Synonym canonicals of several words ("force restart"), which a ruled-out span drops whole. */
export function canonicalPhrases(synonyms: readonly SynonymGroup[]): string[][] {
	return synonyms
		.map((group) => group.canonical.toLowerCase().split(/\s+/))
		.filter((words) => words.length > 1);
}

/** The ruled-out keys of the pages' own titles, labels and reader phrasings, as synonyms read them. */
export function ruledOutKeysOf(
	pages: readonly { title: string; label?: string; symptoms?: readonly string[] }[],
	synonyms: readonly SynonymGroup[]
): Set<string> {
	const own = pages.flatMap((page) =>
		[page.title, page.label ?? '', ...(page.symptoms ?? [])].map((text) =>
			applySynonyms(tokenize(text), synonyms)
		)
	);
	return ownRuledOutKeys(own, canonicalPhrases(synonyms));
}

/** The position of the resource "enough" or "plenty of" is about, within three words. */
function resourceAfter(tokens: readonly string[], from: number): number | undefined {
	for (let at = from; at < Math.min(tokens.length, from + 3); at += 1) {
		const word = tokens[at] ?? '';
		if (RESOURCES.has(word)) return at;
		if (!RESOURCE_FILLER.has(word)) return undefined;
	}
	return undefined;
}

function skip(tokens: readonly string[], from: number): number {
	let at = from;
	while (at < tokens.length && ARTICLES.has(tokens[at] ?? '')) at += 1;
	return at;
}

/** The thing at a position: a canonical phrase of several words whole, or one word. */
function thingAt(
	tokens: readonly string[],
	at: number,
	phrases: readonly (readonly string[])[]
): number[] | undefined {
	const word = tokens[at];
	if (!word || QUANTITIES.has(word)) return undefined;
	const phrase = phrases.find((words) => words.every((w, offset) => tokens[at + offset] === w));
	return range(at, at + Math.max(1, phrase?.length ?? 1) - 1);
}

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
}
