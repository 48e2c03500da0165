/**
 * "Update" names two things readers write about: installing a new iOS ("update iOS", "since the
 * update") and a backup's date or list not changing ("Last Backup date is old and not updating",
 * "backup history won't update"). The second is an automatic backup that stopped, not an iOS
 * problem, and reads as "old" (the synonym group the site's own "outdated" and "stale" go to).
 * Works on folded tokens, after synonyms; the topic fields go through it too, so both sides agree.
 */

/** The word the second sense is rewritten to. */
const STALE = 'old';

/** The forms of the verb. */
const UPDATE: ReadonlySet<string> = new Set(['update', 'updates', 'updating', 'updated']);

/** Words that say it does not happen: "not updating", "never updates", "stopped updating". */
const NOT_HAPPENING: ReadonlySet<string> = new Set([
	'not',
	'never',
	'stopped',
	'stops',
	'no',
	'longer',
]);

/** Words allowed between the negation and the verb: "not been updated", "not getting updated". */
const BETWEEN: ReadonlySet<string> = new Set([
	'be',
	'been',
	'being',
	'get',
	'getting',
	'got',
	'longer',
]);

/** Things whose not updating means the backup is not running: "backup date", "the list". */
const BACKUP_STATE: ReadonlySet<string> = new Set([
	'backup',
	'backups',
	'date',
	'history',
	'time',
	'timestamp',
	'list',
	'status',
	'size',
]);

/** Words after the verb that make it the installing sense: "not updating to iOS 18", "my iPhone". */
const INSTALL_OBJECTS: ReadonlySet<string> = new Set([
	'to',
	'ios',
	'ipados',
	'software',
	'iphone',
	'ipad',
	'phone',
	'device',
	'my',
	'the',
	'it',
]);

/** How many words before the negation the backup's state may be named: "backup date is old and not …". */
const SUBJECT_REACH = 6;

/** The tokens with "update" in the not-changing sense rewritten to "old"; others unchanged. */
export function readUpdateSense(tokens: readonly string[]): string[] {
	return tokens.map((token, position) =>
		UPDATE.has(token) && isStale(tokens, position) ? STALE : token
	);
}

function isStale(tokens: readonly string[], position: number): boolean {
	let at = position - 1;
	while (at >= 0 && BETWEEN.has(tokens[at] ?? '')) at -= 1;
	if (!NOT_HAPPENING.has(tokens[at] ?? '')) return false;
	if (INSTALL_OBJECTS.has(tokens[position + 1] ?? '')) return false;
	const before = tokens.slice(Math.max(0, at - SUBJECT_REACH), at);
	return before.some((word) => BACKUP_STATE.has(word));
}
