import { allowedEdits, editDistance } from './edit-distance.ts';
import { foldText, normaliseMessage } from './normalise.ts';
import { STOPWORDS } from './stopwords.ts';

/** A known message and the article to open first for it. */
export interface KnownError {
	/** The message exactly as the articles quote it. */
	message: string;
	/** The URL path of the primary article, e.g. "/fixes/storage-full/". */
	url: string;
	/** Other pages that list the message among those they fix. */
	alsoOn?: readonly string[];
}

/** A known message found in a query. */
export interface ErrorMatch extends KnownError {
	/** 0–1: how much of the query the message explains, weighed with how much of it was found. */
	score: number;
	/** Strong enough to put the article first and say "Matched message". */
	strong: boolean;
	/** The message is in the query in order, whole or nearly (a typo, a missing or extra word). */
	whole: boolean;
	/** The message is inside quotes the reader typed or pasted (“iPhone Backup Failed” – …). */
	quoted: boolean;
}

/** Words that name no topic of their own in a query beside a message (they are on every page). */
export type GenericWords = ReadonlySet<string>;

/** Each message's comparison form, worked out once per message list rather than per keystroke. */
const normalised = new WeakMap<readonly KnownError[], string[][]>();

/**
 * Find the known message the reader most likely pasted or typed. A message found whole inside the
 * query wins, longest first (a notification often carries a title and a body); otherwise most of
 * the message's words must be in the query, each allowing a typo. `generic` words beside a short
 * message do not count against it (see `scoreMessage`).
 */
export function matchError(
	query: string,
	known: readonly KnownError[],
	generic: GenericWords = new Set()
): ErrorMatch | undefined {
	const queryTokens = normaliseMessage(query);
	if (queryTokens.length === 0) return undefined;
	let messages = normalised.get(known);
	if (!messages) normalised.set(known, (messages = known.map((e) => normaliseMessage(e.message))));
	const quotes = quotedSpans(query).map(normaliseMessage);
	let best: ErrorMatch | undefined;
	known.forEach((error, index) => {
		const message = messages[index] ?? [];
		const match = scoreMessage(queryTokens, message, generic);
		if (match && (!best || match.score > best.score)) {
			const quoted = quotes.some((span) => alignedShare(span, message) >= NEARLY_WHOLE);
			best = { ...error, ...match, quoted };
		}
	});
	return best ?? quotedPart(quotes, known, messages, generic);
}

/** The least of a message a quoted part must be to stand for it: most of it, not a word or two. */
const QUOTED_PART = 0.5;

/**
 * The one message a quote in the query is a run of words from, when nothing matched whole: a
 * notification cut short, or a long alert quoted from memory ("problem enabling iCloud Backup" for
 * "There was a problem enabling iCloud Backup"). The quote must be most of the message, say
 * something beyond words every page has, and fit one message only.
 */
function quotedPart(
	quotes: readonly string[][],
	known: readonly KnownError[],
	messages: readonly string[][],
	generic: GenericWords
): ErrorMatch | undefined {
	for (const span of quotes) {
		const telling = span.some((word) => !STOPWORDS.has(word) && !generic.has(word));
		if (span.length < 3 || !telling) continue;
		const holders = known.filter((_, index) => {
			const message = messages[index] ?? [];
			return span.length >= QUOTED_PART * message.length && containsRun(message, span);
		});
		const [error] = holders;
		if (error && holders.every((other) => other.url === error.url)) {
			return { ...error, score: 0.45, strong: true, whole: true, quoted: true };
		}
	}
	return undefined;
}

/** Share of a message found in order that counts as the message, typos and a slip included. */
const NEARLY_WHOLE = 0.85;

function scoreMessage(
	query: string[],
	message: string[],
	generic: GenericWords
): { score: number; strong: boolean; whole: boolean } | undefined {
	if (message.length === 0) return undefined;
	const share = message.length / Math.max(query.length, message.length);
	// A short message ("Backing Up…", "iPhone Backup Failed") is often the notice a problem ended
	// in, not the problem: when the reader's other words name a topic of their own ("ipad backup
	// failed wifi" is a Wi-Fi problem), it is evidence, not the answer.
	const sure = message.length >= 4 || !namesOtherTopic(query, message, generic);
	if (containsRun(query, message)) {
		// Whole message present: a long message is a paste even inside more text; a short one
		// must be most of the query before we are sure of it.
		const strong = sure && (message.length >= 4 || share >= 0.5);
		return { score: 0.5 + share / 2 + message.length / 1000, strong, whole: true };
	}
	if (message.length < 3) return undefined;
	// Nearly whole, in order, inside longer text ("…couldnt be completd because…"): the longer
	// the message, the more it says, so the longest found wins as a whole one does.
	const aligned = alignedShare(query, message);
	if (aligned >= NEARLY_WHOLE) {
		return {
			score: 0.45 + (share * aligned) / 2 + message.length / 1000,
			strong: sure,
			whole: true,
		};
	}
	const found = message.filter((word) => query.some((typed) => similarWord(typed, word))).length;
	const coverage = found / message.length;
	const explained = found / query.length;
	if (coverage < 0.75 || explained < 0.5) return undefined;
	return {
		score: (coverage * explained) / 2,
		strong: sure && coverage >= 0.85 && explained >= 0.7,
		whole: false,
	};
}

/**
 * The largest share of the message's words found in order in the text, each allowing a typo, with
 * at most one other word between two of them; a message word may be missing.
 */
function alignedShare(text: readonly string[], message: readonly string[]): number {
	let best = 0;
	for (let start = 0; start < text.length; start++) {
		let at = start;
		let found = 0;
		for (const word of message) {
			const next = [at, at + 1].find((k) => k < text.length && similarWord(text[k] ?? '', word));
			if (next === undefined) continue;
			found += 1;
			at = next + 1;
		}
		best = Math.max(best, found / message.length);
		if (best === 1) break;
	}
	return best;
}

/** The parts of a query inside double quotes (straight or curly), as a pasted alert has them. */
function quotedSpans(query: string): string[] {
	return [...foldText(query).matchAll(/"([^"]{3,})"/g)].map((match) => match[1] ?? '');
}

/** Whether a query word that is not a stopword, not generic and not in the message is present. */
function namesOtherTopic(query: string[], message: string[], generic: GenericWords): boolean {
	return query.some(
		(word) =>
			!STOPWORDS.has(word) &&
			!generic.has(word) &&
			!message.some((known) => similarWord(word, known))
	);
}

function containsRun(haystack: string[], needle: string[]): boolean {
	outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
		for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
		return true;
	}
	return false;
}

/** Pairs compared so far: every message is walked from every word of a long paste, mostly with the same few words. */
const similarPairs = new Map<string, boolean>();

/** Enough pairs for several long pastes; past it the memo starts again rather than grow. */
const MAX_SIMILAR_PAIRS = 50_000;

function similarWord(typed: string, word: string): boolean {
	if (typed === word) return true;
	const key = `${typed} ${word}`;
	let similar = similarPairs.get(key);
	if (similar === undefined) {
		if (similarPairs.size >= MAX_SIMILAR_PAIRS) similarPairs.clear();
		similar = editDistance(typed, word, allowedEdits(word.length)) <= allowedEdits(word.length);
		similarPairs.set(key, similar);
	}
	return similar;
}
