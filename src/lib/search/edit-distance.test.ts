import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance } from './edit-distance.ts';

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
		expect(editDistance('bakup', 'backup')).toBe(1);
		expect(editDistance('storage', 'storag')).toBe(1);
		expect(editDistance('stroage', 'storage')).toBe(1);
		expect(editDistance('icloud', 'iclaud')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});

	it('stops early past the limit', () => {
		expect(editDistance('restart', 'storage', 1)).toBe(2);
	});
});

describe('allowedEdits', () => {
	it('scales with word length', () => {
		expect([3, 4, 6, 7, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
	});
});
