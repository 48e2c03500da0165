import { describe, expect, it } from 'vitest';
import { correctTokens, isKnownWord, nearestWord } from './typo.ts';

const vocabulary = {
	backup: 9,
	storage: 7,
	icloud: 8,
	restart: 3,
	restore: 2,
	settings: 5,
	stuck: 2,
};

describe('typo correction', () => {
	it('treats site words, prefixes and numbers as known', () => {
		expect(isKnownWord('storage', vocabulary)).toBe(true);
		expect(isKnownWord('stor', vocabulary)).toBe(true);
		expect(isKnownWord('17', vocabulary)).toBe(true);
		expect(isKnownWord('bakup', vocabulary)).toBe(false);
	});

	it('finds the nearest word within the allowed edits', () => {
		expect(nearestWord('bakup', vocabulary)).toBe('backup');
		expect(nearestWord('stroage', vocabulary)).toBe('storage');
		expect(nearestWord('icoud', vocabulary)).toBe('icloud');
		expect(nearestWord('zebra', vocabulary)).toBeUndefined();
	});

	it('prefers the more frequent word on a tie', () => {
		// "restxre" is one edit from both restart and restore... only restore here; check frequency.
		expect(nearestWord('restare', { restart: 1, restore: 5 })).toBe('restore');
	});

	it('reports each correction', () => {
		expect(correctTokens(['icloud', 'bakup', 'stuk'], vocabulary)).toEqual({
			tokens: ['icloud', 'backup', 'stuck'],
			corrections: [
				{ from: 'bakup', to: 'backup' },
				{ from: 'stuk', to: 'stuck' },
			],
		});
	});

	it('leaves words in the extra set alone', () => {
		expect(correctTokens(['wifi'], vocabulary, new Set(['wifi'])).corrections).toEqual([]);
	});
});
