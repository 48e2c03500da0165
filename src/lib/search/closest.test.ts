import { describe, expect, it } from 'vitest';
import { closestTitles } from './closest.ts';

const pages = [
	{ title: 'iCloud storage is full, so the backup can’t finish' },
	{ title: 'The backup fails or won’t start on Wi-Fi' },
	{ title: 'Restart your iPhone or iPad' },
];

describe('closestTitles', () => {
	it('ranks titles by likeness, typos included', () => {
		expect(closestTitles('restrat iphone', pages)[0]?.title).toBe('Restart your iPhone or iPad');
		expect(closestTitles('storge ful', pages)[0]?.title).toMatch(/storage/);
	});

	it('suggests nothing for nothing alike', () => {
		expect(closestTitles('zzz', pages)).toEqual([]);
	});
});
