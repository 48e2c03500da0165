import { recordWithFacts } from '../../lib/checklist/facts';
import { setOutcome, type Outcome, type ProgressRecord } from '../../lib/progress/record';
import type { ProgressStore } from '../../lib/progress/store';
import type { PageChecklist } from './step-marks';

/**
 * "Did this fix it?" answered before the island has loaded (a slow phone, or a download that was
 * lost): the page script saves the answer itself, as it saves ticks, and asks for the island at
 * once so it can show the answer. Until the island takes over, the question is shown only when
 * the record has no answer yet (checklist.css, `data-answerable`), so an answer is never offered
 * twice. Once the island has hydrated, its own buttons answer and this stays out of the way.
 */
export function saveEarlyAnswers(
	checklist: PageChecklist,
	store: ProgressStore,
	record: ProgressRecord | null,
	showIsland: () => void
): void {
	const { section, facts } = checklist;
	const body = section.querySelector<HTMLElement>('[data-checklist-body]');
	if (!body || record?.outcome) return;
	body.dataset.answerable = '';
	section.addEventListener('click', (event) => {
		const button =
			event.target instanceof Element ? event.target.closest<HTMLElement>('[data-answer]') : null;
		const kind = button?.dataset.answer as Outcome['kind'] | undefined;
		if (!kind || body.dataset.hydrated !== undefined) return;
		store.update({ page: facts.page, checklist: facts.id }, (latest, now) =>
			setOutcome(recordWithFacts(latest, facts), kind, now)
		);
		delete body.dataset.answerable;
		showIsland();
	});
}
