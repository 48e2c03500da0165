import { findChecklists } from './checklist-dom';
import { setUpResumeNote } from './resume-note';

/**
 * Runs on every page with a checklist as soon as it loads: shows saved progress and the resume
 * note at once, then hydrates each checklist's island (ChecklistIsland) when it scrolls into view.
 *
 * The island is hydrated with Preact's own `hydrate` rather than Astro's `client:visible`: for one
 * component, Astro's island loader (its custom element, the directive and the renderer's client)
 * would add about 2.8 KB gzip to every checklist page, a third of the checklist's 8 KB budget.
 * This is the same approach as the search dropdown, which is mounted when first used.
 */
export function setUpChecklists(): void {
	setUpResumeNote();
	const observer = new IntersectionObserver((entries) => {
		for (const { isIntersecting, target } of entries) {
			if (!isIntersecting) continue;
			observer.unobserve(target);
			void import('./checklist-hydrate').then(({ hydrateChecklist }) =>
				hydrateChecklist(target as HTMLElement)
			);
		}
	});
	for (const section of findChecklists()) observer.observe(section);
}
