import { isDone, type ProgressRecord, type StepChange, type StepFacts } from './record.ts';

/*
 * "Updated since you checked it": a done step whose text the site has changed since. Apart from
 * record.ts because only the returning reader's notes need it (reader-notes.ts, loaded when there
 * is progress), not every article's first script.
 */

/** Ids of done steps whose text has changed since they were ticked. */
export function updatedStepIds(record: ProgressRecord, pageSteps: readonly StepFacts[]): string[] {
	return pageSteps
		.filter((step) => {
			if (!isDone(record, step.id)) return false;
			const { hash } = record.steps[step.id] as StepChange;
			// An empty hash comes from a migrated record that never knew the text: not a change.
			return hash !== '' && hash !== step.hash;
		})
		.map((step) => step.id);
}
