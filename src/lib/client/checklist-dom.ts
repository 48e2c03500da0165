import type { PageStep, ProgressRecord, RecordAddress } from './progress-record';

/**
 * Reading and marking the server-rendered checklist markup (Checklist.astro, Step.astro). The
 * island and the resume note both go through here, so the markup contract lives in one file.
 */

/** Every checklist section on the page. */
export function findChecklists(): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>('[data-checklist]')];
}

/** Where a checklist's progress is stored. */
export function addressOf(section: HTMLElement): RecordAddress {
	return {
		page: section.dataset.page ?? location.pathname,
		checklist: section.dataset.checklist ?? '',
	};
}

/** The checklist's steps as the page shows them now, in order. */
export function readSteps(section: HTMLElement): PageStep[] {
	return [...section.querySelectorAll<HTMLElement>('[data-step]')].map((item) => ({
		id: item.dataset.step ?? '',
		hash: item.dataset.stepHash ?? '',
		text: (item.querySelector('.step-text')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
	}));
}

/** The checkbox of one step. */
export function stepBox(section: HTMLElement, stepId: string): HTMLInputElement | null {
	return section.querySelector(`[data-step="${CSS.escape(stepId)}"] input[type="checkbox"]`);
}

/** The titles a record keeps so the progress page can name the page and checklist. */
export function readTitles(section: HTMLElement): { pageTitle: string; checklistTitle: string } {
	const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
	return {
		pageTitle: (document.querySelector('h1')?.textContent ?? document.title).trim(),
		checklistTitle: (heading?.textContent ?? '').trim(),
	};
}

/**
 * Ticks the boxes the record says are done (and unticks the rest), and marks ticked steps whose
 * text has changed since with a note that the reader may want to check them again.
 */
export function showProgress(
	section: HTMLElement,
	record: ProgressRecord | null,
	updatedIds: string[]
): void {
	for (const item of section.querySelectorAll<HTMLElement>('[data-step]')) {
		const id = item.dataset.step ?? '';
		const box = item.querySelector<HTMLInputElement>('input[type="checkbox"]');
		if (box) box.checked = Boolean(record?.steps[id]);
		markUpdated(item, box, updatedIds.includes(id));
	}
}

function markUpdated(item: HTMLElement, box: HTMLInputElement | null, updated: boolean): void {
	const noteId = `${item.id}-updated`;
	const note = document.getElementById(noteId);
	if (!updated) {
		note?.remove();
		box?.removeAttribute('aria-describedby');
		return;
	}
	if (note) return;
	const added = document.createElement('p');
	added.id = noteId;
	added.className = 'step-updated';
	added.textContent = 'Updated since you checked it';
	item.append(added);
	box?.setAttribute('aria-describedby', noteId);
}
