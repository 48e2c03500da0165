import type { ChecklistFacts } from '../../lib/checklist/facts';
import { isDone, updatedStepIds, type ProgressRecord } from '../../lib/progress/record';

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
export function showProgress(
	{ section, facts }: PageChecklist,
	record: ProgressRecord | null
): void {
	const updated = record ? updatedStepIds(record, facts.steps) : [];
	for (const step of facts.steps) {
		const box = stepBox(section, step.id);
		if (!box) continue;
		box.checked = record ? isDone(record, step.id) : false;
		markUpdated(box, updated.includes(step.id));
	}
}

function markUpdated(box: HTMLInputElement, updated: boolean): void {
	const item = box.closest<HTMLElement>('[data-step]');
	const noteId = `${item?.id}-updated`;
	const note = document.getElementById(noteId);
	if (!updated) {
		note?.remove();
		box.removeAttribute('aria-describedby');
		return;
	}
	if (note) return;
	const added = document.createElement('p');
	added.id = noteId;
	added.className = 'step-updated';
	added.textContent = 'Updated since you checked it';
	item?.append(added);
	box.setAttribute('aria-describedby', noteId);
}
