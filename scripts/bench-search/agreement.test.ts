import { describe, expect, it } from 'vitest';
import { agreement, agreementLines, type SecondLabels } from './agreement.mjs';

const outcome = (id: string, expected: string, first: string) => ({
	q: { id, expected },
	slugs: [first, 'index'],
});

const labels: SecondLabels = {
	A: {
		q1: { best: 'storage-full', acceptable: [], confidence: 'sure' },
		q2: { best: 'wifi-network', acceptable: ['cellular-backup'], confidence: 'unsure' },
	},
	B: {
		q1: { best: 'storage-full', acceptable: [], confidence: 'sure' },
		q2: { best: 'cellular-backup', acceptable: ['wifi-network'], confidence: 'sure' },
	},
};

describe('agreement with second labels', () => {
	it('counts each annotator against the set, the annotators against each other, and ours against all', () => {
		const found = agreement(
			[
				outcome('q1', 'storage-full', 'storage-full'),
				outcome('q2', 'cellular-backup', 'wifi-network'),
			],
			labels
		);
		expect(found).toEqual({
			queries: 2,
			withSet: [
				{ name: 'A', share: 0.5 },
				{ name: 'B', share: 1 },
			],
			withEachOther: 0.5,
			// q2's first result is A's best and one B lists as fine.
			oursAcceptedByAll: 1,
		});
	});

	it('leaves out queries an annotator did not label, and says nothing when none were', () => {
		const unlabelled = outcome('q9', 'storage-full', 'index');
		expect(agreement([outcome('q1', 'storage-full', 'index'), unlabelled], labels)).toMatchObject({
			queries: 1,
			oursAcceptedByAll: 0,
		});
		expect(agreement([unlabelled], labels)).toBeUndefined();
		expect(agreementLines([unlabelled], labels)).toEqual([]);
	});

	it('reports as percentages', () => {
		const [sets, ours] = agreementLines([outcome('q1', 'storage-full', 'storage-full')], labels);
		expect(sets).toContain('A 100.0%, B 100.0%');
		expect(ours).toContain('accept first: 100.0%');
	});
});
