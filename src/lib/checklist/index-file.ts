import type { PageChecklistFacts } from './facts.ts';

/** One page's checklists in the site's checklist index. */
export interface IndexedPage {
	/** The page's path, e.g. `/fixes/storage-full/`. */
	page: string;
	/** The page's title. */
	title: string;
	/** Its checklists in page order, each with its steps in order. */
	checklists: PageChecklistFacts[];
}

/**
 * The site's checklist index (`/checklists.json`): every page with a checklist, and each
 * checklist's steps in order. A link between devices names steps by position; this turns a
 * position back into the step and its text.
 */
export interface ChecklistIndex {
	pages: IndexedPage[];
}

/** The index for these pages, in path order so the file is the same from build to build. */
export function buildChecklistIndex(pages: readonly IndexedPage[]): ChecklistIndex {
	return { pages: [...pages].sort((a, b) => a.page.localeCompare(b.page)) };
}

/** A page's entry and one of its checklists, or undefined when the site has no such checklist. */
export function findChecklist(
	index: ChecklistIndex,
	page: string,
	checklist: string
): { page: IndexedPage; checklist: PageChecklistFacts } | undefined {
	const found = index.pages.find((entry) => entry.page === page);
	const facts = found?.checklists.find((entry) => entry.id === checklist);
	return found && facts ? { page: found, checklist: facts } : undefined;
}
