import { sectionLabel, SECTION_INDEX_PATHS, type SectionId } from './sections.ts';

/** One step of the breadcrumb trail above an article title. */
export interface Crumb {
	label: string;
	href?: string;
}

/** The breadcrumb trail: Home, the section (a link where it has an index page), then the page. */
export function buildBreadcrumbs(page: {
	title: string;
	section: SectionId;
	path: string;
}): Crumb[] {
	if (page.path === '/') return [{ label: 'Home' }];
	return [
		{ label: 'Home', href: '/' },
		{ label: sectionLabel(page.section), href: SECTION_INDEX_PATHS[page.section] },
		{ label: page.title },
	];
}
