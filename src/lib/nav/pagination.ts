import { sortEntries, type NavSource } from './navigation.ts';
import { pathForId } from '../routes.ts';

/** A previous or next link at the bottom of an article. */
export interface PageLink {
	label: string;
	href: string;
}

/** Each id's place in the reading order, per source list: every page of a build asks the same list. */
const positionsCache = new WeakMap<readonly NavSource[], ReadonlyMap<string, number>>();

function readingPositions(entries: readonly NavSource[]): ReadonlyMap<string, number> {
	let positions = positionsCache.get(entries);
	if (!positions) {
		positions = new Map(sortEntries(entries).map((entry, index) => [entry.id, index]));
		positionsCache.set(entries, positions);
	}
	return positions;
}

/** The pages before and after the current one in reading order, across sections. */
export function findPrevNext(
	entries: readonly NavSource[],
	currentId: string
): { prev?: PageLink; next?: PageLink } {
	const sorted = sortEntries(entries);
	const index = readingPositions(entries).get(currentId) ?? -1;
	if (index === -1) return {};
	const toLink = (entry: NavSource | undefined): PageLink | undefined =>
		entry && { label: entry.data.navLabel ?? entry.data.title, href: pathForId(entry.id) };
	return { prev: toLink(sorted[index - 1]), next: toLink(sorted[index + 1]) };
}
