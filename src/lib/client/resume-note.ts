import { browserProgressStore } from './browser-progress-store';
import { addressOf, findChecklists, readSteps, showProgress, stepBox } from './checklist-dom';
import { updatedStepIds } from './progress-record';

/**
 * Runs on every page with a checklist, as soon as it loads (the islands wait until they are
 * scrolled to): shows the saved ticks in every checklist, so a printout or a quick glance is right
 * before hydration, and, when the reader is part-way through, a note at the top of the article
 * saying how far they got with a link to the first step not yet done. Readers on a phone switch to
 * Settings and back, and Safari often reloads the page when they return.
 */
export function setUpResumeNote(): void {
	const store = browserProgressStore();
	let done = 0;
	let total = 0;
	let answered = false;
	let resumeAt: { box: HTMLInputElement; label: string } | undefined;
	const checklists = findChecklists();
	for (const section of checklists) {
		const steps = readSteps(section);
		const record = store.read(addressOf(section));
		// A page the reader said is solved (or not) needs no nudge.
		if (record?.outcome) answered = true;
		if (record) showProgress(section, record, updatedStepIds(record, steps));
		total += steps.length;
		steps.forEach((step, index) => {
			if (record?.steps[step.id]) done += 1;
			else if (!resumeAt) {
				const box = stepBox(section, step.id);
				const title = section.querySelector('.checklist-title')?.textContent?.trim();
				const where = checklists.length > 1 && title ? ` of “${title}”` : '';
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
	const content = document.querySelector('[data-article-content]') ?? checklists[0]?.parentElement;
	content?.prepend(note);
}
