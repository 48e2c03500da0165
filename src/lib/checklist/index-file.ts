import type { PageChecklistFacts } from './facts.ts';
import { stepKey } from './step-key.ts';

/** One checklist in the site's checklist index. */
export interface IndexedChecklist extends PageChecklistFacts {
	/**
	 * The step ids in the order links of the first format (which named steps by position) knew
	 * them, when that differs from today's: such links were made before any later insertion, so
	 * positions are read against this list, frozen in src/data/continue-link-v1-steps.json.
	 */
	v1?: string[];
}

/** One page's checklists in the site's checklist index. */
export interface IndexedPage {
	/** The page's path, e.g. `/fixes/storage-full/`. */
	page: string;
	/** The page's title. */
	title: string;
	/** Its checklists in page order, each with its steps in order. */
	checklists: IndexedChecklist[];
}

/**
 * The site's checklist index (`/checklists.json`): every page with a checklist, each checklist's
 * title and steps in order. A link between devices names steps by a key made from their ids
 * (step-key.ts); this turns a key back into the step, its text and titles.
 */
export interface ChecklistIndex {
	pages: IndexedPage[];
}

/** Step orders of the first link format, by page and checklist id. */
export type V1StepOrders = Record<string, Record<string, string[]>>;

/**
 * The index for these pages, in path order so the file is the same from build to build. Throws
 * (failing the build) when two steps of one checklist would share a link key.
 */
export function buildChecklistIndex(
	pages: readonly IndexedPage[],
	v1Orders: V1StepOrders = {}
): ChecklistIndex {
	const sorted = [...pages].sort((a, b) => a.page.localeCompare(b.page));
	return {
		pages: sorted.map((page) => ({
			...page,
			checklists: page.checklists.map((checklist) => {
				checkStepKeys(page.page, checklist);
				const v1 = v1Orders[page.page]?.[checklist.id];
				const today = checklist.steps.map((step) => step.id);
				return v1 && v1.join() !== today.join() ? { ...checklist, v1 } : checklist;
			}),
		})),
	};
}

/** A page's entry and one of its checklists, or undefined when the site has no such checklist. */
export function findChecklist(
	index: ChecklistIndex,
	page: string,
	checklist: string
): { page: IndexedPage; checklist: IndexedChecklist } | undefined {
	const found = index.pages.find((entry) => entry.page === page);
	const facts = found?.checklists.find((entry) => entry.id === checklist);
	return found && facts ? { page: found, checklist: facts } : undefined;
}

function checkStepKeys(page: string, checklist: PageChecklistFacts): void {
	const seen = new Map<string, string>();
	for (const { id } of checklist.steps) {
		const key = stepKey(id);
		const other = seen.get(key);
		if (other)
			throw new Error(
				`${page}#${checklist.id}: steps "${other}" and "${id}" share the link key "${key}". Give the new step another id.`
			);
		seen.set(key, id);
	}
}
