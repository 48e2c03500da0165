/** The id of a step's element on its page (Step.astro), which is also the step's anchor. */
export function stepElementId(checklistId: string, stepId: string): string {
	return `${checklistId}--${stepId}`;
}
