import { allowedEdits, editDistance } from './edit-distance.ts';
import { normaliseMessage } from './normalise.ts';
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
	let best: ErrorMatch | undefined;
	known.forEach((error, index) => {
		const match = scoreMessage(queryTokens, messages[index] ?? [], generic);
		if (match && (!best || match.score > best.score)) best = { ...error, ...match };
	});
	return best;
}

function scoreMessage(
	query: string[],
	message: string[],
	generic: GenericWords
): { score: number; strong: boolean } | undefined {
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
		return { score: 0.5 + share / 2 + message.length / 1000, strong };
	}
	if (message.length < 3) return undefined;
	const found = message.filter((word) => query.some((typed) => similarWord(typed, word))).length;
	const coverage = found / message.length;
	const explained = found / query.length;
	if (coverage < 0.75 || explained < 0.5) return undefined;
	return {
		score: (coverage * explained) / 2,
		strong: sure && coverage >= 0.85 && explained >= 0.7,
	};
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

function similarWord(typed: string, word: string): boolean {
	return (
		typed === word ||
		editDistance(typed, word, allowedEdits(word.length)) <= allowedEdits(word.length)
	);
}
