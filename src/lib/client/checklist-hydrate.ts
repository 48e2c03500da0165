import { h, hydrate } from 'preact';
import ChecklistIsland from '../../components/checklist/ChecklistIsland';

/**
 * Hydrates one checklist's island over its server-rendered markup (Checklist.astro). The props
 * are read back from that markup, so the first client render matches the server's exactly.
 */
export function hydrateChecklist(section: HTMLElement): void {
	const body = section.querySelector<HTMLElement>('[data-checklist-body]');
	const steps = body?.querySelector('.steps');
	if (!body || !steps || body.dataset.hydrated !== undefined) return;
	hydrate(
		h(ChecklistIsland, {
			checklist: section.dataset.checklist ?? '',
			total: Number(body.dataset.total),
			stepsHtml: steps.innerHTML,
		}),
		body
	);
	// Styles and tests key on this: until it is set, the island's buttons do nothing.
	body.dataset.hydrated = '';
}
