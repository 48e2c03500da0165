/**
 * Words that only say when a problem began. "Since I updated, it says there is not enough iCloud
 * storage" is about storage: the update dates the problem; "backup fails since the update" is
 * about the update, because nothing else is named. This finds the clause; the search drops it
 * only when the rest of the query still names a problem (see run-search's `focusTerms`).
 */

/** Words that open a clause of time: "since the update", "after upgrading", "ever since iOS 18". */
const OPENERS: ReadonlySet<string> = new Set(['since', 'after']);

/** The event the clause dates the problem by. */
const EVENTS: ReadonlySet<string> = new Set([
	'update',
	'updated',
	'updating',
	'updates',
	'upgrade',
	'upgraded',
	'upgrading',
	'upgrades',
]);

/** Words allowed between the opener and the event: "since I updated to iOS 18.3", "after the last update". */
const BETWEEN: ReadonlySet<string> = new Set([
	'i',
	'we',
	'it',
	'the',
	'my',
	'an',
	'a',
	'this',
	'that',
	'last',
	'latest',
	'recent',
	'new',
	'most',
	'software',
	'ios',
	'ipados',
	'iphone',
	'ipad',
	'phone',
	'to',
]);

/** Words after the event that still belong to the clause: "after updating to iOS 18.3". */
const AFTER_EVENT: ReadonlySet<string> = new Set(['to', 'ios', 'ipados', 'version', 'the', 'new']);

/** Most words between the opener and the event. */
const MAX_BETWEEN = 4;

/** The positions of every clause of time in a token list (folded tokens, after synonyms). */
export function whenClausePositions(tokens: readonly string[]): Set<number> {
	const positions = new Set<number>();
	for (let i = 0; i < tokens.length; i += 1) {
		if (!OPENERS.has(tokens[i] ?? '')) continue;
		let at = i + 1;
		while (at < tokens.length && at - i <= MAX_BETWEEN && isBetween(tokens[at] ?? '')) at += 1;
		if (!EVENTS.has(tokens[at] ?? '')) continue;
		let end = at + 1;
		while (
			end < tokens.length &&
			(AFTER_EVENT.has(tokens[end] ?? '') || isVersion(tokens[end] ?? ''))
		)
			end += 1;
		for (let position = i; position < end; position += 1) positions.add(position);
		i = end - 1;
	}
	return positions;
}

function isBetween(word: string): boolean {
	return BETWEEN.has(word) || isVersion(word);
}

/** "18", "26", "18-3" as tokenised from "18.3". */
function isVersion(word: string): boolean {
	return /^\d+(?:-\d+)*$/.test(word);
}
