import type { ProgressRecord, StepFacts } from '../progress/record.ts';

/**
 * What the build knows about one checklist, written into the page once (Checklist.astro) and read
 * by the browser code, which never works facts out from the rendered HTML.
 */
export interface ChecklistFacts {
	/** The checklist's id, unique on its page. */
	id: string;
	/** The checklist's title. */
	title: string;
	/** The page's path, e.g. `/fixes/storage-full/`. */
	page: string;
	/** The page's title. */
	pageTitle: string;
	/** The steps in order: id, text as read on the page, and a hash of that text. */
	steps: StepFacts[];
	/**
	 * Whether the checklist asks "Did this fix it?". Fixes do; a task (backing up to a computer,
	 * moving to a new device) doesn't, because finishing it fixes no failing backup, and a "solved"
	 * answer there would tell the start page the backup problem was solved.
	 */
	asksIfFixed: boolean;
}

/** A checklist's facts as its page lists them (the page's path and title are the page's). */
export type PageChecklistFacts = Pick<ChecklistFacts, 'id' | 'title' | 'steps'>;

/** The facts as JSON safe to put inside a `<script type="application/json">`. */
export function serializeFacts(facts: ChecklistFacts): string {
	// "<" never appears raw, so no "</script>" or "<!--" in a step can end the element early.
	return JSON.stringify(facts).replaceAll('<', '\\u003c');
}

/** The record with the page's current titles and step outline. */
export function recordWithFacts(
	record: ProgressRecord,
	facts: Pick<ChecklistFacts, 'title' | 'pageTitle' | 'steps'>
): ProgressRecord {
	return {
		...record,
		pageTitle: facts.pageTitle,
		checklistTitle: facts.title,
		stepIds: facts.steps.map((step) => step.id),
	};
}
