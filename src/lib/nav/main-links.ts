import { SITE_PATHS } from '../site.ts';
import type { SectionId } from './sections.ts';

/** Where a main link is shown: the top bar, the footer, or both. */
type Place = 'header' | 'footer';

/** A link to one of the site's top-level pages. */
export interface MainLink {
	label: string;
	href: string;
	/** Paths under this prefix count as inside the section. */
	matchPrefix?: string;
	/**
	 * The article section the link stands for: an article of another section under the same
	 * prefix (a related task under /fixes/) is not inside it.
	 */
	section?: SectionId;
	/** Where the link is shown. */
	in: readonly Place[];
}

/**
 * The site's top-level pages, left to right, as the top bar and the footer show them: the one list
 * of them (the left rail lists articles by section instead, see sections.ts).
 */
const MAIN_LINKS: readonly MainLink[] = [
	{ label: 'Start here', href: SITE_PATHS.home, in: ['header', 'footer'] },
	{
		label: 'Fixes',
		href: SITE_PATHS.fixes,
		matchPrefix: SITE_PATHS.fixes,
		section: 'fixes',
		in: ['header'],
	},
	{
		label: 'Error messages',
		href: SITE_PATHS.errors,
		matchPrefix: SITE_PATHS.errors,
		in: ['header', 'footer'],
	},
	{
		label: 'Your progress',
		href: SITE_PATHS.progress,
		matchPrefix: SITE_PATHS.progress,
		in: ['header', 'footer'],
	},
	{ label: 'Search', href: SITE_PATHS.search, in: ['footer'] },
];

/** The main links shown in one place, in order. */
export function mainLinks(place: Place): MainLink[] {
	return MAIN_LINKS.filter((link) => link.in.includes(place));
}

/** Whether the reader is on this main link's page or inside its section (the article's, if any). */
export function isMainLinkCurrent(
	link: MainLink,
	currentPath: string,
	pageSection?: SectionId
): boolean {
	if (currentPath === link.href) return true;
	if (link.section && pageSection && link.section !== pageSection) return false;
	if (link.matchPrefix) return currentPath.startsWith(link.matchPrefix);
	return currentPath === link.href;
}
