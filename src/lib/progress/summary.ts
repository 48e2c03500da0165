import { dateTimeFormatter } from '../format/dates.ts';
import { doneCount, doneIds, type ProgressRecord, type StepChange } from './record.ts';
import { plural } from './transfer.ts';
import { SITE_NAME } from '../site.ts';

/** Options for the summary: the site origin for links, the time now, and a time zone for tests. */
export interface SummaryOptions {
	origin: string;
	now: number;
	timeZone?: string;
}

/**
 * A plain-text account of what the reader tried, for pasting into a support chat or email: each
 * page in the order it was first tried, the steps done with dates, and what did or did not help.
 * Plain text because support chats strip formatting; short lines because phones wrap them.
 */
export function supportSummary(records: ProgressRecord[], options: SummaryOptions): string {
	const date = dateTimeFormatter('short', options.timeZone);
	const pages = groupByPage(records);
	const lines = [
		`What I have tried to fix my iCloud backup (from ${SITE_NAME})`,
		`Summary made ${date(options.now)}`,
	];
	if (pages.length === 0) return [...lines, '', 'No steps tried yet.'].join('\n');

	pages.forEach((page, index) => {
		const first = page[0] as ProgressRecord;
		lines.push(
			'',
			`${index + 1}. ${first.pageTitle || first.page}`,
			`   ${options.origin}${first.page}`
		);
		for (const record of page) {
			const total = record.stepIds.length;
			const title = record.checklistTitle || record.checklist;
			// Without its outline (a checklist this site doesn't list), count what was done.
			const count =
				total > 0
					? `${doneCount(record)} of ${total} steps`
					: plural(doneIds(record).length, 'step');
			lines.push(`   ${title}: ${count} done`);
			const ticks = doneIds(record)
				.map((id) => record.steps[id] as StepChange)
				.sort((a, b) => a.at - b.at);
			for (const tick of ticks) lines.push(`   - ${tick.text || 'A step'} (done ${date(tick.at)})`);
			if (record.outcome?.kind === 'solved')
				lines.push(`   Result: this fixed it (${date(record.outcome.at)})`);
			if (record.outcome?.kind === 'not-fixed') {
				lines.push(`   Result: this did not fix it (${date(record.outcome.at)})`);
			}
		}
	});

	const notFixed = records.filter((record) => record.outcome?.kind === 'not-fixed');
	if (notFixed.length > 0) {
		lines.push('', 'Did not help:');
		for (const record of notFixed) lines.push(`- ${record.pageTitle || record.page}`);
	}
	return lines.join('\n');
}

/** Records grouped by page, pages in the order they were first tried, checklists likewise. */
function groupByPage(records: ProgressRecord[]): ProgressRecord[][] {
	const byPage = new Map<string, ProgressRecord[]>();
	for (const record of [...records].sort((a, b) => a.createdAt - b.createdAt)) {
		byPage.set(record.page, [...(byPage.get(record.page) ?? []), record]);
	}
	return [...byPage.values()];
}
