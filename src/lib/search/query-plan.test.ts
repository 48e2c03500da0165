import { describe, expect, it } from 'vitest';
import synonyms from '../../data/synonyms.json';
import { planQuery, type PlanData } from './query-plan';

const data: PlanData = {
	vocabulary: { backup: 9, storage: 7, icloud: 8, restart: 3, stuck: 2, 'wi-fi': 4, full: 3 },
	synonyms: synonyms.groups,
	errors: [{ message: 'Not Enough Storage', url: '/fixes/storage-full/' }],
};

describe('planQuery', () => {
	it('corrects typos and says what it corrected', () => {
		const plan = planQuery('icloud stroage full', data);
		expect(plan.terms).toEqual(['icloud', 'storage', 'full']);
		expect(plan.correctedQuery).toBe('icloud storage full');
	});

	it('keeps the literal words when asked', () => {
		const plan = planQuery('icloud stroage full', data, { literal: true });
		expect(plan.terms).toEqual(['icloud', 'stroage', 'full']);
		expect(plan.correctedQuery).toBeUndefined();
	});

	it('rewrites synonyms without calling them corrections, and drops stopwords', () => {
		const plan = planQuery('Why does my iPhone need a reboot?', data);
		expect(plan.terms).toEqual(['need', 'restart']);
		expect(plan.corrections).toEqual([]);
	});

	it('corrects a typo of a synonym variant, then rewrites it', () => {
		expect(planQuery('rebot', data).terms).toEqual(['restart']);
	});

	it('finds a known message, also after correcting it', () => {
		expect(planQuery('Not Enough Storage', data).error?.strong).toBe(true);
		expect(planQuery('not enogh storage', data).error?.url).toBe('/fixes/storage-full/');
	});
});
