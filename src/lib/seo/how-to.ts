import type { HowTo, WithContext } from 'schema-dts';
import type { PageChecklistFacts } from '../checklist/facts.ts';
import { stepElementId } from '../checklist/step-id.ts';
import { SCHEMA_CONTEXT } from './json-ld.ts';

/**
 * One checklist as a schema.org HowTo: its title, and its steps in order with the text a reader
 * reads (the build's checklist facts, the same as /checklists.json), each linking to its step.
 */
export function howTo(
	checklist: PageChecklistFacts,
	page: URL,
	minutes?: number
): WithContext<HowTo> {
	return {
		'@context': SCHEMA_CONTEXT,
		'@type': 'HowTo',
		name: checklist.title,
		...(minutes ? { totalTime: `PT${minutes}M` } : {}),
		step: checklist.steps.map((step, index) => ({
			'@type': 'HowToStep',
			position: index + 1,
			text: step.text,
			url: new URL(`#${stepElementId(checklist.id, step.id)}`, page).href,
		})),
	};
}
