import { isDone, type ProgressRecord } from '../../lib/progress/record';
import { updatedStepIds } from '../../lib/progress/reworded';
import type { ProgressStore } from '../../lib/progress/store';
import { keepChecklistProgress, keepProgress } from '../keep-progress/keep-progress';
import { stepBox, type PageChecklist } from './step-marks';

/**
 * For /progress/, which loads it from here: its own dynamic import would make keep-progress a
 * chunk of its own, and loading that from this one would add a file to every checklist's code.
 */
export { keepProgress };

/*
 * The notes a returning reader sees: where to carry on, and which ticked steps were reworded
 * since. Loaded only when there is progress, so a first visit never downloads them.
 */

/**
 * When the reader is part-way through the page's checklists, a note at the top of the article
 * saying how far they got, with a link to the first step not yet done. Readers on a phone switch
 * to Settings and back, and Safari often reloads the page when they return.
 */
export function showResumeNote(checklists: PageChecklist[], store: ProgressStore): void {
	// Progress worth keeping: ask the browser to keep it, and tell Safari's readers how. Part of
	// these notes, which only readers with progress download, so no first visit pays for it.
	keepChecklistProgress(checklists, store);
	let done = 0;
	let total = 0;
	let answered = false;
	let resumeAt: { box: HTMLInputElement; label: string } | undefined;
	for (const { section, facts } of checklists) {
		const record = store.read({ page: facts.page, checklist: facts.id });
		// A page the reader said is solved (or not) needs no nudge.
		if (record?.outcome) answered = true;
		total += facts.steps.length;
		facts.steps.forEach((step, index) => {
			if (record && isDone(record, step.id)) done += 1;
			else if (!resumeAt) {
				const box = stepBox(section, step.id);
				const where = checklists.length > 1 ? ` of “${facts.title}”` : '';
				if (box) resumeAt = { box, label: `continue at step ${index + 1}${where}` };
			}
		});
	}
	if (answered || done === 0 || !resumeAt) return;
	const { box, label } = resumeAt;

	const note = document.createElement('aside');
	note.className = 'resume-note';
	note.setAttribute('aria-label', 'Your progress');
	note.setAttribute('data-print-hide', '');
	const text = document.createElement('p');
	text.textContent = `You’ve done ${done} of ${total} steps — `;
	const link = document.createElement('a');
	link.href = `#${box.closest('[data-step]')?.id ?? ''}`;
	link.textContent = label;
	link.addEventListener('click', (event) => {
		event.preventDefault();
		box.closest('[data-step]')?.scrollIntoView({ block: 'center' });
		box.focus({ preventScroll: true });
	});
	text.append(link);
	note.append(text);
	const content =
		document.querySelector('[data-article-content]') ?? checklists[0]?.section.parentElement;
	content?.prepend(note);
}

/**
 * Adds "Updated since you checked it" to the done steps of the checklist whose text has changed
 * since they were ticked, and removes it from the rest.
 */
export function markUpdated(
	{ section, facts }: PageChecklist,
	record: ProgressRecord | null
): void {
	const updatedIds = record ? updatedStepIds(record, facts.steps) : [];
	for (const step of facts.steps) {
		const box = stepBox(section, step.id);
		if (box) markStep(box, updatedIds.includes(step.id));
	}
}

function markStep(box: HTMLInputElement, updated: boolean): void {
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
