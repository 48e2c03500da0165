import { h, hydrate } from 'preact';
import { ChecklistBar, ChecklistOutcome, type IslandProps } from './ChecklistIsland';
import type { PageChecklist } from './step-marks';

/**
 * Hydrates one checklist's island over its server-rendered markup (Checklist.astro): the bar above
 * the steps and the question below them, two Preact roots that leave the steps themselves alone.
 * The props come from the checklist's facts, as they did on the server.
 */
export function hydrateChecklist({ section, facts }: PageChecklist): void {
	const body = section.querySelector<HTMLElement>('[data-checklist-body]');
	const bar = body?.querySelector<HTMLElement>('[data-checklist-bar]');
	const outcome = body?.querySelector<HTMLElement>('[data-checklist-outcome]');
	if (!body || !bar || !outcome || body.dataset.hydrated !== undefined) return;
	const props: IslandProps = { checklist: facts.id, total: facts.steps.length, facts };
	hydrate(h(ChecklistBar, props), bar);
	hydrate(h(ChecklistOutcome, props), outcome);
	// Styles and tests key on this: until it is set, the island's buttons do nothing.
	body.dataset.hydrated = '';
}
