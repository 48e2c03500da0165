import { SITE_PATHS } from '../site.ts';

/** The navigation sections, in the order the left rail shows them. */
export const SECTIONS = [
	{ id: 'start', label: 'Start here' },
	{ id: 'fixes', label: 'Fixes' },
	// Things a reader sets out to do (move to a new device, back up to a computer, restore), which
	// are not fixes for a failing nightly backup and so stay out of the numbered fix order.
	{ id: 'tasks', label: 'Related tasks' },
	{ id: 'reference', label: 'Reference' },
] as const;

/** One section id, as written in an article's `section` front matter. */
export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section ids, as a non-empty tuple for `z.enum`. */
export const SECTION_IDS = SECTIONS.map((section) => section.id) as [SectionId, ...SectionId[]];

/** The display label of a section. */
export function sectionLabel(id: SectionId): string {
	return SECTIONS.find((section) => section.id === id)?.label ?? id;
}

/**
 * Sections with an index page of their own that lists every article in them. Only these can show
 * a shortened list in the left rail, because the rest stays one click away.
 */
export const SECTION_INDEX_PATHS: Partial<Record<SectionId, string>> = {
	fixes: SITE_PATHS.fixes,
};
