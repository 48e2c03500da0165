import { sectionLabel, type SectionId } from './sections';

/** One step of the breadcrumb trail above an article title. */
export interface Crumb {
	label: string;
	href?: string;
}

/** The breadcrumb trail for a page: Home, its section, then the page itself (not a link). */
export function buildBreadcrumbs(page: {
	title: string;
	section: SectionId;
	path: string;
}): Crumb[] {
	if (page.path === '/') return [{ label: 'Home' }];
	return [
		{ label: 'Home', href: '/' },
		{ label: sectionLabel(page.section) },
		{ label: page.title },
	];
}
