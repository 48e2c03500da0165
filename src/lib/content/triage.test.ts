import { describe, expect, it } from 'vitest';
import { buildTriage } from './triage.ts';
import type { ErrorIndexItem } from './error-index.ts';

const item = (message: string, primaryId: string, exact = true): ErrorIndexItem => ({
	message,
	meaning: 'm',
	exact,
	primary: { id: primaryId, title: primaryId },
	alsoSee: [],
});

describe('buildTriage', () => {
	it('groups messages under their primary fix, in reading order', () => {
		const triage = buildTriage(
			[item('B1', 'fixes/b'), item('A1', 'fixes/a'), item('B2', 'fixes/b', false)],
			['fixes/a', 'fixes/b']
		);
		expect(triage).toEqual([
			{ fix: { id: 'fixes/a', title: 'fixes/a' }, messages: [{ text: 'A1', exact: true }] },
			{
				fix: { id: 'fixes/b', title: 'fixes/b' },
				messages: [
					{ text: 'B1', exact: true },
					{ text: 'B2', exact: false },
				],
			},
		]);
	});

	it('puts fixes missing from the order last', () => {
		const triage = buildTriage([item('X', 'fixes/x'), item('A', 'fixes/a')], ['fixes/a']);
		expect(triage.map((choice) => choice.fix.id)).toEqual(['fixes/a', 'fixes/x']);
	});
});
