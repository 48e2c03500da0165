import { formatLongDate } from '../../lib/format/dates';
import { browserProgressStore } from './browser-store';
import { migrateLegacyRecords } from '../../lib/progress/legacy';
import { listRecords } from '../../lib/progress/list';

/** Fills the start page's notice with the latest checklist the reader marked as solved, if any. */
export function showSolvedNotice(): void {
	const notice = document.querySelector<HTMLElement>('[data-solved-notice]');
	if (!notice) return;
	const store = browserProgressStore();
	migrateLegacyRecords(store, Date.now());
	const solved = listRecords(store)
		.filter((record) => record.outcome?.kind === 'solved')
		.sort((a, b) => (b.outcome?.at ?? 0) - (a.outcome?.at ?? 0))[0];
	if (!solved?.outcome) return;
	const date = formatLongDate(new Date(solved.outcome.at), { inReaderTimeZone: true });
	const page = document.createElement('a');
	page.href = solved.page;
	page.textContent = solved.pageTitle || solved.page;
	const progress = document.createElement('a');
	// SITE_PATHS.progress, written out: importing the paths would add them all to the checklist chunk.
	progress.href = '/progress/';
	progress.textContent = 'See your progress';
	const text = notice.querySelector('[data-solved-text]') ?? notice;
	text.replaceChildren(`Solved on ${date} by `, page, '. ', progress, '.');
	notice.hidden = false;
}
