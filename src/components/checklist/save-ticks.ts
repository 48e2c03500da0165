import { recordKey } from '../../lib/progress/keys';
import { recordWithFacts } from '../../lib/checklist/facts';
import { hasProgress, setStep } from '../../lib/progress/record';
import type { ProgressStore } from '../../lib/progress/store';
import { showProgress, stepBox, type PageChecklist } from './step-marks';

/**
 * Saves every tick and untick of one checklist the moment it happens, from page load on, and keeps
 * the boxes in step with the store (another tab, a Reset, an import). Runs before the island
 * loads, which may be seconds later on a slow phone: ticks never wait for it. Returns whether the
 * checklist has saved progress.
 */
export function saveTicks(checklist: PageChecklist, store: ProgressStore): boolean {
	const { section, facts } = checklist;
	const address = { page: facts.page, checklist: facts.id };
	const save = (stepId: string, done: boolean) => {
		const step = facts.steps.find((item) => item.id === stepId);
		if (step)
			store.update(address, (latest, now) =>
				recordWithFacts(setStep(latest, step, done, now), facts)
			);
	};

	// Boxes the reader ticked before this script ran (the server renders them all unticked).
	for (const step of facts.steps) {
		const box = stepBox(section, step.id);
		if (box?.checked) save(step.id, true);
	}
	section.addEventListener('change', (event) => {
		const box = event.target;
		const stepId =
			box instanceof HTMLInputElement && box.closest<HTMLElement>('[data-step]')?.dataset.step;
		if (stepId) save(stepId, (box as HTMLInputElement).checked);
	});

	const show = () => showProgress(checklist, store.read(address));
	const key = recordKey(address);
	store.subscribe((changed) => {
		if (changed === null || changed === key) show();
	});
	// Back from the back/forward cache, which hears no storage events: show what is stored now.
	addEventListener('pageshow', (event) => event.persisted && show());
	const record = store.read(address);
	// Keep the stored outline and titles in step with the page, so the progress page counts right.
	if (record && record.stepIds.join() !== facts.steps.map((step) => step.id).join()) {
		store.update(address, (latest) => recordWithFacts(latest, facts));
	} else show();
	return record !== null && hasProgress(record);
}
