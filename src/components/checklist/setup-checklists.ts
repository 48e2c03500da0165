import { isLegacyKey } from '../../lib/progress/keys';
import { browserProgressStore } from '../progress/browser-store';
import { saveEarlyAnswers } from './early-answer';
import { saveTicks } from './save-ticks';
import { findChecklists, readerNotes, type PageChecklist } from './step-marks';

/**
 * Runs on every page with a checklist as soon as it loads: saves ticks from then on, shows saved
 * progress (and the resume note, when there is progress) at once, then hydrates each checklist's island (the count, Reset,
 * Print, "Did this fix it?") when it scrolls into view.
 *
 * The island is hydrated with Preact's own `hydrate` rather than Astro's `client:visible` (and
 * server-rendered by Checklist.astro without Astro's Preact integration): for one component,
 * Astro's island loader (its custom element, the directive and the renderer's client) would add
 * about 2.8 KB gzip to every checklist page, a third of the checklist's 8 KB budget.
 * This is the same approach as the search dropdown, which is mounted when first used.
 */
export async function setUpChecklists(): Promise<void> {
	const store = browserProgressStore();
	const checklists = findChecklists();
	// A reader from an older version of the site: move their records first. Ticks made meanwhile
	// are still saved, as boxes ticked before this script ran are.
	if (store.keys().some(isLegacyKey)) {
		const { migrateLegacyRecords } = await import('../../lib/progress/legacy');
		migrateLegacyRecords(store, Date.now());
	}
	let anyProgress = false;
	for (const checklist of checklists) anyProgress = saveTicks(checklist, store) || anyProgress;
	const address = ({ facts }: PageChecklist) => ({ page: facts.page, checklist: facts.id });
	// Most visits start from nothing: the note's code loads only when there is progress to resume.
	if (anyProgress) {
		void readerNotes().then(({ showResumeNote }) => showResumeNote(checklists, store));
	}
	// Checklists whose island failed to download (a bad network): tried again the next time they
	// come into view, not at once. Ticks are saved meanwhile; only the count and buttons wait.
	const failed = new Set<Element>();
	const hydrate = (checklist: PageChecklist) => {
		const target = checklist.section;
		observer.unobserve(target);
		import('./hydrate').then(
			({ hydrateChecklist }) => hydrateChecklist(checklist),
			() => {
				failed.add(target);
				observer.observe(target);
			}
		);
	};
	const observer = new IntersectionObserver((entries) => {
		for (const { isIntersecting, target } of entries) {
			if (!isIntersecting || failed.has(target)) {
				if (!isIntersecting) failed.delete(target);
				continue;
			}
			const checklist = checklists.find(({ section }) => section === target);
			if (checklist) hydrate(checklist);
		}
	});
	for (const checklist of checklists) {
		observer.observe(checklist.section);
		saveEarlyAnswers(checklist, store, store.read(address(checklist)), () => {
			failed.delete(checklist.section);
			hydrate(checklist);
		});
	}
}
