import { sortEntries, type NavSource } from './navigation.ts';
import { pathForId } from '../routes.ts';

/** A previous or next link at the bottom of an article. */
export interface PageLink {
	label: string;
	href: string;
}

/** The pages before and after the current one in reading order, across sections. */
export function findPrevNext(
	entries: readonly NavSource[],
	currentId: string
): { prev?: PageLink; next?: PageLink } {
	const sorted = sortEntries(entries);
	const index = sorted.findIndex((entry) => entry.id === currentId);
	if (index === -1) return {};
	const toLink = (entry: NavSource | undefined): PageLink | undefined =>
		entry && { label: entry.data.navLabel ?? entry.data.title, href: pathForId(entry.id) };
	return { prev: toLink(sorted[index - 1]), next: toLink(sorted[index + 1]) };
}
