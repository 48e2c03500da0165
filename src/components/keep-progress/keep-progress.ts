import { hasProgress, type ProgressRecord } from '../../lib/progress/record';
import type { ProgressStore } from '../../lib/progress/store';
import type { PageChecklist } from '../checklist/step-marks';
import { requestPersistentStorage } from './persist-storage';
import { safariToWarn, showSafariNotice } from './safari-notice';

let kept = false;

/**
 * When a page opens with progress: asks the browser to keep the site's storage, and on Safari
 * shows how to keep the ticks past its seven-day rule, after `anchor` (the first checklist with
 * ticks, or the progress page's list). Once per page. Loaded only by readers with
 * progress (from the resume note's code and the progress page), so it adds nothing to a first
 * visit; a reader's first ticks are covered from their next page load, which on a phone often
 * comes as soon as they switch to Settings and back.
 */
export function keepProgress(
	records: readonly (ProgressRecord | null)[],
	anchor: () => Element
): void {
	if (kept || !records.some((record) => record && hasProgress(record))) return;
	kept = true;
	void requestPersistentStorage();
	const safari = safariToWarn();
	if (safari) showSafariNotice(safari, (notice) => anchor().after(notice));
}

/** keepProgress for an article's checklists: the notice goes under the first one with ticks. */
export function keepChecklistProgress(
	checklists: readonly PageChecklist[],
	store: ProgressStore
): void {
	const records = checklists.map(({ facts }) =>
		store.read({ page: facts.page, checklist: facts.id })
	);
	const ticked = checklists.find((_, index) => {
		const record = records[index];
		return record && hasProgress(record);
	});
	if (ticked) keepProgress(records, () => ticked.section);
}
