import type { ChecklistFacts } from '../../lib/checklist/facts';
import { doneIds, isDone, type ProgressRecord } from '../../lib/progress/record';

/**
 * The checklist markup's contract with the browser code (Checklist.astro, Step.astro): finding
 * each checklist and its facts, and showing progress on the server-rendered checkboxes.
 */

/** A checklist on the page: its section and the facts the build wrote into it. */
export interface PageChecklist {
	section: HTMLElement;
	facts: ChecklistFacts;
}

/** Every checklist on the page, with its facts. */
export function findChecklists(): PageChecklist[] {
	return [...document.querySelectorAll<HTMLElement>('[data-checklist]')].flatMap((section) => {
		const json = section.querySelector('script[data-checklist-facts]')?.textContent;
		return json ? [{ section, facts: JSON.parse(json) as ChecklistFacts }] : [];
	});
}

/** The checkbox of one step. */
export function stepBox(section: HTMLElement, stepId: string): HTMLInputElement | null {
	return section.querySelector(`[data-step="${CSS.escape(stepId)}"] input[type="checkbox"]`);
}

/**
 * Ticks the boxes of the steps the record says are done (and unticks the rest), and marks done
 * steps whose text has changed since with a note that the reader may want to check them again.
 */
export function showProgress(checklist: PageChecklist, record: ProgressRecord | null): void {
	const { section, facts } = checklist;
	for (const step of facts.steps) {
		const box = stepBox(section, step.id);
		if (box) box.checked = record ? isDone(record, step.id) : false;
	}
	// The notes' code (which knows reworded steps) loads only when a done step could be one, or
	// a note is there to remove; a first visit never loads it.
	if ((record && doneIds(record).length > 0) || section.querySelector('.step-updated')) {
		void readerNotes().then(({ markUpdated }) => markUpdated(checklist, record));
	}
}

/** The returning reader's notes (reader-notes.ts), fetched the first time there is one to show. */
export const readerNotes = () => import('./reader-notes');
