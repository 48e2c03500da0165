import type { ProgressRecord, StepChange } from './record.ts';

/**
 * Merging two copies of one checklist's record: this tab's and another tab's, or this device's and
 * an imported one. It keeps the union of what both know: every step either changed, each keeping
 * its later change; the later Reset and the later answer; and the titles and step outline from
 * whichever copy has them (the newer one when both do), so a copy that arrived by link or file
 * without titles never blanks them. The result does not depend on which copy is "ours", and
 * nothing either side did is lost unless the other side did something later to the same step.
 */

/** Two copies of a record merged step by step, the later change of each winning. */
export function mergeRecords(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
	const steps: Record<string, StepChange> = {};
	for (const id of new Set([...Object.keys(a.steps), ...Object.keys(b.steps)])) {
		steps[id] = laterChange(a.steps[id], b.steps[id]);
	}
	const [newer, older] = b.updatedAt > a.updatedAt ? [b, a] : [a, b];
	const answer = b.outcomeAt > a.outcomeAt || (b.outcomeAt === a.outcomeAt && !a.outcome) ? b : a;
	return {
		...newer,
		pageTitle: newer.pageTitle || older.pageTitle,
		checklistTitle: newer.checklistTitle || older.checklistTitle,
		stepIds: newer.stepIds.length > 0 ? newer.stepIds : older.stepIds,
		steps,
		clearedAt: Math.max(a.clearedAt, b.clearedAt),
		outcome: answer.outcome,
		outcomeAt: answer.outcomeAt,
		createdAt: Math.min(a.createdAt, b.createdAt),
		updatedAt: Math.max(a.updatedAt, b.updatedAt),
	};
}

/** Whether `mine` holds a change `theirs` does not have (so `theirs` alone would lose it). */
export function hasNewer(mine: ProgressRecord, theirs: ProgressRecord): boolean {
	return (
		(mine.pageTitle !== '' && theirs.pageTitle === '') ||
		(mine.checklistTitle !== '' && theirs.checklistTitle === '') ||
		(mine.stepIds.length > 0 && theirs.stepIds.length === 0) ||
		mine.clearedAt > theirs.clearedAt ||
		mine.outcomeAt > theirs.outcomeAt ||
		Object.entries(mine.steps).some(
			([id, change]) => laterChange(change, theirs.steps[id]) !== theirs.steps[id]
		)
	);
}

function laterChange(a: StepChange | undefined, b: StepChange | undefined): StepChange {
	if (!a) return b as StepChange;
	if (!b || a.at > b.at) return a;
	if (b.at > a.at) return b;
	// Same millisecond: an untick wins, the same way in every tab, so tabs agree.
	return a.done ? b : a;
}
