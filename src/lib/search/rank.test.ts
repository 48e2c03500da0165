import { describe, expect, it } from 'vitest';
import { labelCoverage, mergeRuns, slugFromUrl, titleSimilarity } from './rank.ts';
import { contentWords } from './stopwords.ts';
import { tokenize } from './normalise.ts';

describe('mergeRuns', () => {
	it('ranks a page matching every term first, then by rare terms', () => {
		const merged = mergeRuns(
			[
				{ kind: 'all', results: [{ id: 'b', score: 1 }] },
				{
					kind: 'term',
					results: [
						{ id: 'a', score: 2 },
						{ id: 'b', score: 1 },
						{ id: 'c', score: 1 },
					],
				},
				{ kind: 'term', results: [{ id: 'c', score: 3 }] },
			],
			10
		);
		expect(merged.map((result) => result.id)).toEqual(['b', 'c', 'a']);
	});

	it('still ranks when no page has every term', () => {
		const merged = mergeRuns(
			[
				{ kind: 'all', results: [] },
				{ kind: 'term', results: [{ id: 'a', score: 1 }] },
			],
			10
		);
		expect(merged).toEqual([{ id: 'a', score: 1 }]);
	});
});

describe('slugFromUrl', () => {
	it('takes the last path segment', () => {
		expect(slugFromUrl('/fixes/storage-full/?highlight=x#check')).toBe('storage-full');
		expect(slugFromUrl('/')).toBe('index');
	});
});

describe('labelCoverage', () => {
	it('measures how much of the label the query names', () => {
		expect(labelCoverage(['restart'], 'Restart your device')).toBe(1);
		expect(labelCoverage(['restart'], 'Force restart')).toBe(0.5);
		expect(labelCoverage(['restart'], undefined)).toBe(0);
	});
});

describe('titleSimilarity', () => {
	const queryWords = (query: string) => contentWords(tokenize(query));

	it('is 1 for a query that restates the title and lower for a partial overlap', () => {
		const terms = queryWords("my iphone won't back up to icloud");
		expect(titleSimilarity(terms, "My iPhone or iPad won't back up to iCloud")).toBe(1);
		const partial = titleSimilarity(terms, "iCloud storage is full, so my iPhone won't back up");
		expect(partial).toBeGreaterThan(0.5);
		expect(partial).toBeLessThan(0.8);
		expect(titleSimilarity(terms, undefined)).toBe(0);
	});
});
