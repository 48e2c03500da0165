import { findChecklist, type ChecklistIndex } from '../checklist/index-file.ts';
import type { ProgressRecord } from './record.ts';

/**
 * Records that arrived by link or file, or from an older version, may lack titles or the step
 * outline (and an older merge could blank them). The site's checklist index knows them, so no
 * checklist is ever listed as its path and id, or as "0 of 0 steps done".
 */

/** Whether a record lacks a title or its steps' outline. */
export function lacksTitles(record: ProgressRecord): boolean {
	return !record.pageTitle || !record.checklistTitle || record.stepIds.length === 0;
}

/** The record with the titles and outline it lacks filled in from the index, where it knows them. */
export function withIndexTitles(record: ProgressRecord, index: ChecklistIndex): ProgressRecord {
	const found = findChecklist(index, record.page, record.checklist);
	if (!found || !lacksTitles(record)) return record;
	return {
		...record,
		pageTitle: record.pageTitle || found.page.title,
		checklistTitle: record.checklistTitle || found.checklist.title,
		stepIds:
			record.stepIds.length > 0 ? record.stepIds : found.checklist.steps.map((step) => step.id),
	};
}
