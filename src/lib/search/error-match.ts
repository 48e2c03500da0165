import { allowedEdits, editDistance } from './edit-distance';
import { normaliseMessage } from './normalise';

/** A known message and the article to open first for it. */
export interface KnownError {
	/** The message exactly as the articles quote it. */
	message: string;
	/** The URL path of the primary article, e.g. "/fixes/storage-full/". */
	url: string;
}

/** A known message found in a query. */
export interface ErrorMatch extends KnownError {
	/** 0–1: how much of the query the message explains, weighed with how much of it was found. */
	score: number;
	/** Strong enough to put the article first and say "Matched message". */
	strong: boolean;
}

/**
 * Find the known message the reader most likely pasted or typed. A message found whole inside the
 * query wins, longest first (a notification often carries a title and a body); otherwise most of
 * the message's words must be in the query, each allowing a typo.
 */
export function matchError(query: string, known: readonly KnownError[]): ErrorMatch | undefined {
	const queryTokens = normaliseMessage(query);
	if (queryTokens.length === 0) return undefined;
	let best: ErrorMatch | undefined;
	for (const error of known) {
		const match = scoreMessage(queryTokens, normaliseMessage(error.message));
		if (!match) continue;
		if (!best || match.score > best.score) best = { ...error, ...match };
	}
	return best;
}

function scoreMessage(
	query: string[],
	message: string[]
): { score: number; strong: boolean } | undefined {
	if (message.length === 0) return undefined;
	const share = message.length / Math.max(query.length, message.length);
	if (containsRun(query, message)) {
		// Whole message present: a long message is a paste even inside more text; a short one
		// ("Backing Up…") must be most of the query before we are sure of it.
		const strong = message.length >= 4 || share >= 0.5;
		return { score: 0.5 + share / 2 + message.length / 1000, strong };
	}
	if (message.length < 3) return undefined;
	const found = message.filter((word) => query.some((typed) => similarWord(typed, word))).length;
	const coverage = found / message.length;
	const explained = found / query.length;
	if (coverage < 0.75 || explained < 0.5) return undefined;
	return { score: (coverage * explained) / 2, strong: coverage >= 0.85 && explained >= 0.7 };
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
