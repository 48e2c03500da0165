import { describe, expect, it } from 'vitest';
import { pagefindTerms } from './pagefind-terms.ts';

const data = {
	vocabulary: { backup: 90, icloud: 80, storage: 20, full: 9, night: 3, message: 12 },
	genericWords: ['backup', 'icloud'],
};

describe('pagefindTerms', () => {
	it('keeps a short query as planned', () => {
		expect(pagefindTerms(['icloud', 'storage', 'full'], data)).toEqual([
			'icloud',
			'storage',
			'full',
		]);
	});

	it('keeps the rarest site words of a long one, in the reader’s order, without filler', () => {
		const terms = ['every', 'night', 'message', 'icloud', 'backup', 'storage', 'full', 'what'];
		expect(pagefindTerms(terms, data)).toEqual(['night', 'message', 'storage', 'full']);
	});
});
