import { SECTIONS, SECTION_INDEX_PATHS, type SectionId } from './sections.ts';
import { pathForId, isSamePath, withTrailingSlash } from '../routes.ts';

/** The fields of a docs entry the navigation needs. */
export interface NavSource {
	id: string;
	data: { title: string; navLabel?: string; section: SectionId; order: number };
}

/** One link in the left rail. */
export interface NavLink {
	label: string;
	href: string;
	isCurrent: boolean;
}

/** One collapsible group of links in the left rail. */
export interface NavSection {
	id: SectionId;
	label: string;
	links: NavLink[];
	/** Set when `links` is only part of the section: its index page, which lists every article. */
	overview?: { href: string; total: number; isCurrent: boolean };
}

/**
 * Most links a section shows in the left rail of every page. Every page carries the whole rail, so
 * without a cap the site's HTML grows with the square of its article count.
 */
export const NAV_LINK_BUDGET = 40;

/** Sorted copies by source list: every page of a build asks for the same list, sorted. */
const sortedCache = new WeakMap<readonly NavSource[], readonly NavSource[]>();

/**
 * Sort docs entries into the reading order: section order, then `order`, then title. The result is
 * shared by every caller with the same list, so each page of a build does not sort all of them again.
 */
export function sortEntries<T extends NavSource>(entries: readonly T[]): readonly T[] {
	const cached = sortedCache.get(entries) as readonly T[] | undefined;
	if (cached) return cached;
	const sectionRank = new Map(SECTIONS.map((section, index) => [section.id, index]));
	const sorted = [...entries].sort(
		(a, b) =>
			(sectionRank.get(a.data.section) ?? 0) - (sectionRank.get(b.data.section) ?? 0) ||
			a.data.order - b.data.order ||
			a.data.title.localeCompare(b.data.title)
	);
	sortedCache.set(entries, Object.freeze(sorted));
	return sorted;
}

/**
 * The slice of `length` links a long section shows: `budget` links around the current one (or the
 * first `budget` when the current page is elsewhere), so the reader sees where they are and what
 * comes next in the recommended order.
 */
export function linkWindow(
	length: number,
	currentIndex: number,
	budget: number
): { start: number; end: number } {
	if (length <= budget) return { start: 0, end: length };
	if (currentIndex < 0) return { start: 0, end: budget };
	const start = Math.min(Math.max(0, currentIndex - Math.floor(budget / 2)), length - budget);
	return { start, end: start + budget };
}

/** A section's links in reading order, and where each href sits in them. */
interface SectionLinks {
	id: SectionId;
	label: string;
	links: { label: string; href: string }[];
	positions: Map<string, number>;
}

/** The rail's links per source list, built once per build rather than once per page. */
const sectionsCache = new WeakMap<readonly NavSource[], SectionLinks[]>();

/** Every non-empty section's links, in the fixed section order. */
function sectionLinks(entries: readonly NavSource[]): SectionLinks[] {
	const cached = sectionsCache.get(entries);
	if (cached) return cached;
	const sorted = sortEntries(entries);
	const sections = SECTIONS.map((section) => {
		const links = sorted
			.filter((entry) => entry.data.section === section.id)
			.map((entry) => ({
				label: entry.data.navLabel ?? entry.data.title,
				href: pathForId(entry.id),
			}));
		const positions = new Map(links.map((link, index) => [withTrailingSlash(link.href), index]));
		return { id: section.id, label: section.label, links, positions };
	}).filter((section) => section.links.length > 0);
	sectionsCache.set(entries, sections);
	return sections;
}

/**
 * Build the left rail: sections in their fixed order, empty sections left out. A section with an
 * index page and more than `linkBudget` articles shows a window of them plus a link to that page.
 */
export function buildNavigation(
	entries: readonly NavSource[],
	currentPath: string,
	{ linkBudget = NAV_LINK_BUDGET }: { linkBudget?: number } = {}
): NavSection[] {
	return sectionLinks(entries).map((section): NavSection => {
		const currentIndex = section.positions.get(withTrailingSlash(currentPath)) ?? -1;
		const indexPath = SECTION_INDEX_PATHS[section.id];
		const budget = indexPath ? linkBudget : Infinity;
		const { start, end } = linkWindow(section.links.length, currentIndex, budget);
		const links = section.links
			.slice(start, end)
			.map((link, offset) => ({ ...link, isCurrent: start + offset === currentIndex }));
		const base = { id: section.id, label: section.label, links };
		if (!indexPath || section.links.length <= linkBudget) return base;
		const isCurrent = isSamePath(indexPath, currentPath);
		return { ...base, overview: { href: indexPath, total: section.links.length, isCurrent } };
	});
}
