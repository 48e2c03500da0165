import { doneIds, isDone, type ProgressRecord, type StepChange } from './record';

/**
 * Merging two copies of one checklist's record: this tab's and another tab's, or this device's and
 * an imported one. Each step keeps its later change, the later Reset and the later answer win, so
 * the result does not depend on which copy is "ours" and nothing either side did is lost unless
 * the other side did something later to the same step.
 */

/** Two copies of a record merged step by step, the later change of each winning. */
export function mergeRecords(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
	const steps: Record<string, StepChange> = {};
	for (const id of new Set([...Object.keys(a.steps), ...Object.keys(b.steps)])) {
		steps[id] = laterChange(a.steps[id], b.steps[id]);
	}
	// The page outline and titles come from whichever copy saw the page last.
	const outline = b.updatedAt > a.updatedAt ? b : a;
	const answer = b.outcomeAt > a.outcomeAt || (b.outcomeAt === a.outcomeAt && !a.outcome) ? b : a;
	return {
		...outline,
		steps,
		clearedAt: Math.max(a.clearedAt, b.clearedAt),
		outcome: answer.outcome,
		outcomeAt: answer.outcomeAt,
		createdAt: Math.min(a.createdAt, b.createdAt),
		updatedAt: Math.max(a.updatedAt, b.updatedAt),
	};
}

/** Whether two copies say the same about what the reader did (titles and outline aside). */
export function sameProgress(a: ProgressRecord, b: ProgressRecord): boolean {
	return (
		a.clearedAt === b.clearedAt &&
		a.outcomeAt === b.outcomeAt &&
		a.outcome?.kind === b.outcome?.kind &&
		stepsKey(a) === stepsKey(b)
	);
}

/** What an import did to one checklist, for the message the reader sees. */
export interface ImportChange {
	record: ProgressRecord;
	/** Steps done after the import that were not done before it. */
	added: number;
	/** Steps the import had ticked that this device changed later, so this device's change stayed. */
	keptHere: number;
}

/**
 * An imported record merged into this device's copy. Only what the other device did counts, never
 * what it did not do: its unticks and Resets are left out, so an import adds ticks and answers
 * and never takes one away that this device changed later.
 */
export function importRecord(local: ProgressRecord | null, imported: ProgressRecord): ImportChange {
	const ticks = Object.fromEntries(
		doneIds(imported).map((id) => [id, imported.steps[id] as StepChange])
	);
	const incoming = { ...imported, steps: ticks, clearedAt: 0 };
	if (!local) return { record: incoming, added: Object.keys(ticks).length, keptHere: 0 };
	const record = mergeRecords(local, incoming);
	const before = new Set(doneIds(local));
	const added = doneIds(record).filter((id) => !before.has(id)).length;
	const keptHere = Object.keys(ticks).filter((id) => !isDone(record, id)).length;
	return { record, added, keptHere };
}

function laterChange(a: StepChange | undefined, b: StepChange | undefined): StepChange {
	if (!a) return b as StepChange;
	if (!b || a.at > b.at) return a;
	if (b.at > a.at) return b;
	// Same millisecond: an untick wins, the same way in every tab, so tabs agree.
	return a.done ? b : a;
}

function stepsKey(record: ProgressRecord): string {
	return Object.keys(record.steps)
		.sort()
		.map((id) => {
			const change = record.steps[id] as StepChange;
			return `${id}:${change.done ? 1 : 0}:${change.at}:${change.hash}`;
		})
		.join(',');
}
