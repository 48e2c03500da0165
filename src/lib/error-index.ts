import { sortEntries, type NavSource } from './navigation';

/** A docs entry with the messages it resolves. */
export interface ErrorSource extends NavSource {
	data: NavSource['data'] & { errors: string[] };
}

/** One message in the error reference, with the pages that fix it in reading order. */
export interface ErrorIndexItem {
	message: string;
	fixes: { id: string; title: string }[];
}

/** Group every article's `errors` by message, alphabetically, each with the pages that resolve it. */
export function buildErrorIndex(entries: readonly ErrorSource[]): ErrorIndexItem[] {
	const byMessage = new Map<string, ErrorIndexItem>();
	for (const entry of sortEntries(entries)) {
		for (const message of entry.data.errors) {
			const item = byMessage.get(message) ?? { message, fixes: [] };
			item.fixes.push({ id: entry.id, title: entry.data.navLabel ?? entry.data.title });
			byMessage.set(message, item);
		}
	}
	return [...byMessage.values()].sort((a, b) => a.message.localeCompare(b.message));
}
