import { doneIds, type ProgressRecord, type StepChange } from './record.ts';

/**
 * The edits the checklist's controls make (Reset, Undo reset), apart from the tick and the answer
 * in record.ts because only the island, loaded later, needs them (the page script saves ticks and
 * an answer given before the island has loaded).
 */

/** The record after Reset: every tick (including ticks of steps since removed) and the answer cleared. */
export function resetRecord(record: ProgressRecord, now: number): ProgressRecord {
	return { ...record, clearedAt: now, outcome: null, outcomeAt: now, updatedAt: now };
}

/** The record after "Undo reset": what counted before the Reset counts again, as of now. */
export function undoReset(
	record: ProgressRecord,
	before: ProgressRecord,
	now: number
): ProgressRecord {
	const steps = { ...record.steps };
	for (const id of doneIds(before)) steps[id] = { ...(before.steps[id] as StepChange), at: now };
	return before.outcome
		? { ...record, steps, outcome: before.outcome, outcomeAt: now, updatedAt: now }
		: { ...record, steps, updatedAt: now };
}
