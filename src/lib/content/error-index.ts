import { sortEntries, type NavSource } from '../nav/navigation.ts';
import type { ErrorEntry } from './docs-schema.ts';

/** A docs entry with the messages it resolves. */
export interface ErrorSource extends NavSource {
	filePath?: string;
	data: NavSource['data'] & { errors: ErrorEntry[] };
}

/** A page that resolves a message. */
export interface ErrorFix {
	id: string;
	title: string;
}

/** One message in the error reference: what it means, its primary fix, then the other pages that help. */
export interface ErrorIndexItem {
	message: string;
	meaning: string;
	exact: boolean;
	primary: ErrorFix;
	alsoSee: ErrorFix[];
}

/**
 * Group every article's `errors` by message, alphabetically. Fails, naming the files, when a
 * message is listed by several articles and not exactly one marks itself `primary: true`, or when
 * the primary article does not say what the message means.
 */
export function buildErrorIndex(entries: readonly ErrorSource[]): ErrorIndexItem[] {
	const byMessage = new Map<string, { entry: ErrorSource; error: ErrorEntry }[]>();
	for (const entry of sortEntries(entries)) {
		for (const error of entry.data.errors) {
			const listed = byMessage.get(error.message) ?? [];
			listed.push({ entry, error });
			byMessage.set(error.message, listed);
		}
	}

	const problems: string[] = [];
	const items: ErrorIndexItem[] = [];
	for (const [message, listed] of byMessage) {
		const primaries = listed.filter(({ error }) => error.primary);
		const files = listed.map(({ entry }) => entry.filePath ?? entry.id).join(', ');
		if (listed.length > 1 && primaries.length !== 1) {
			problems.push(
				`"${message}" is listed in ${files}; mark exactly one of them \`primary: true\` (now ${primaries.length}).`
			);
			continue;
		}
		const primary = primaries[0] ?? listed[0];
		if (!primary) continue;
		if (!primary.error.meaning) {
			problems.push(
				`"${message}" needs a \`meaning\` in ${primary.entry.filePath ?? primary.entry.id}.`
			);
			continue;
		}
		items.push({
			message,
			meaning: primary.error.meaning,
			exact: listed.every(({ error }) => error.exact),
			primary: toFix(primary.entry),
			alsoSee: listed.filter((item) => item !== primary).map(({ entry }) => toFix(entry)),
		});
	}
	if (problems.length > 0) {
		throw new Error(`The error messages in front matter disagree:\n- ${problems.join('\n- ')}`);
	}
	return items.sort((a, b) => a.message.localeCompare(b.message));
}

function toFix(entry: ErrorSource): ErrorFix {
	return { id: entry.id, title: entry.data.navLabel ?? entry.data.title };
}
