import { describe, expect, it } from 'vitest';
import synonyms from '../../data/synonyms.json';
import { MAX_CORRECTED_WORDS, MAX_QUERY_WORDS } from './limits.ts';
import { planQuery, type PlanData } from './query-plan.ts';

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

	it('leaves an everyday word as typed rather than turn it into a site word', () => {
		const withCable = { ...data, vocabulary: { ...data.vocabulary, cable: 2 } };
		expect(planQuery('not able to backup', withCable).terms).toContain('cable');
		const plan = planQuery('not able to backup', { ...withCable, everydayWords: ['able'] });
		expect(plan.terms).toEqual(['able', 'backup']);
		expect(plan.corrections).toEqual([]);
	});

	it('rules out what the reader says they have, unless a page says the same', () => {
		expect(planQuery('backup fails though i have enough storage', data).terms).toEqual([
			'backup',
			'fails',
		]);
		const plan = planQuery('backup without wifi', { ...data, ruledOutKeys: ['absent wi-fi'] });
		expect(plan.terms).toEqual(['backup', 'without', 'wi-fi']);
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

	it('plans only the first MAX_QUERY_WORDS words of a huge paste, and says so', () => {
		const unknown = Array.from({ length: 2000 }, (_, index) => `qzv${index}xk`).join(' ');
		const plan = planQuery(`Not Enough Storage ${unknown}`, data);
		expect(plan.corrections).toEqual([]);
		expect(plan.shortened).toEqual({ extraWords: true, longWords: false });
		expect(plan.searched.split(' ')).toHaveLength(MAX_QUERY_WORDS);
		expect(plan.error?.url).toBe('/fixes/storage-full/');
	});

	it('corrects typos among the first MAX_CORRECTED_WORDS words only', () => {
		const filler = Array.from({ length: MAX_CORRECTED_WORDS }, () => 'icloud');
		const plan = planQuery(['stroage', ...filler, 'bakup'].join(' '), data);
		expect(plan.corrections).toEqual([{ from: 'stroage', to: 'storage' }]);
		expect(plan.terms).toContain('bakup');
		expect(plan.shortened).toBeUndefined();
	});
});
