import { describe, expect, it } from 'vitest';
import { buildTriage } from './triage.ts';
import type { ErrorIndexItem } from './error-index.ts';

const item = (message: string, primaryId: string): ErrorIndexItem => ({
	message,
	meaning: 'm',
	exact: true,
	primary: { id: primaryId, title: primaryId },
	alsoSee: [],
});

describe('buildTriage', () => {
	it('groups messages under their primary fix, in reading order', () => {
		const triage = buildTriage(
			[item('B1', 'fixes/b'), item('A1', 'fixes/a'), item('B2', 'fixes/b')],
			['fixes/a', 'fixes/b']
		);
		expect(triage).toEqual([
			{ fix: { id: 'fixes/a', title: 'fixes/a' }, messages: ['A1'] },
			{ fix: { id: 'fixes/b', title: 'fixes/b' }, messages: ['B1', 'B2'] },
		]);
	});

	it('puts fixes missing from the order last', () => {
		const triage = buildTriage([item('X', 'fixes/x'), item('A', 'fixes/a')], ['fixes/a']);
		expect(triage.map((choice) => choice.fix.id)).toEqual(['fixes/a', 'fixes/x']);
	});
});
