import { SECTIONS, type SectionId } from './sections';
import { pathForId, isSamePath } from './routes';

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
	/** True when the current page is in this section. */
	hasCurrent: boolean;
}

/** Sort docs entries into the reading order: section order, then `order`, then title. */
export function sortEntries<T extends NavSource>(entries: readonly T[]): T[] {
	const sectionRank = new Map(SECTIONS.map((section, index) => [section.id, index]));
	return [...entries].sort(
		(a, b) =>
			(sectionRank.get(a.data.section) ?? 0) - (sectionRank.get(b.data.section) ?? 0) ||
			a.data.order - b.data.order ||
			a.data.title.localeCompare(b.data.title)
	);
}

/** Build the left rail: sections in their fixed order, empty sections left out. */
export function buildNavigation(entries: readonly NavSource[], currentPath: string): NavSection[] {
	const sorted = sortEntries(entries);
	return SECTIONS.map((section) => {
		const links = sorted
			.filter((entry) => entry.data.section === section.id)
			.map((entry) => {
				const href = pathForId(entry.id);
				return {
					label: entry.data.navLabel ?? entry.data.title,
					href,
					isCurrent: isSamePath(href, currentPath),
				};
			});
		return {
			id: section.id,
			label: section.label,
			links,
			hasCurrent: links.some((link) => link.isCurrent),
		};
	}).filter((section) => section.links.length > 0);
}
