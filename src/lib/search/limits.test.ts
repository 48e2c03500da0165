import { describe, expect, it } from 'vitest';
import {
	MAX_HIGHLIGHT_WORDS,
	MAX_QUERY_WORDS,
	MAX_WORD_LENGTH,
	capHighlightWords,
	capQueryWords,
} from './limits.ts';

const words = (count: number, prefix = 'word') =>
	Array.from({ length: count }, (_, index) => `${prefix}${index}`);

describe('capQueryWords', () => {
	it('leaves an ordinary query alone', () => {
		expect(capQueryWords(['icloud', 'storage', 'full'])).toEqual({
			words: ['icloud', 'storage', 'full'],
			shortened: undefined,
		});
	});

	it('keeps the first MAX_QUERY_WORDS words and says so', () => {
		const capped = capQueryWords(words(500));
		expect(capped.words).toEqual(words(MAX_QUERY_WORDS));
		expect(capped.shortened).toEqual({ extraWords: true, longWords: false });
	});

	it('leaves out words longer than MAX_WORD_LENGTH and says so', () => {
		const long = 'x'.repeat(MAX_WORD_LENGTH + 1);
		const edge = 'y'.repeat(MAX_WORD_LENGTH);
		const capped = capQueryWords(['backup', long, edge]);
		expect(capped.words).toEqual(['backup', edge]);
		expect(capped.shortened).toEqual({ extraWords: false, longWords: true });
	});
});

describe('capHighlightWords', () => {
	it('splits values on spaces, drops duplicates and keeps the first MAX_HIGHLIGHT_WORDS', () => {
		const capped = capHighlightWords([words(300).join(' '), 'word0', 'storage']);
		expect(capped).toEqual(words(MAX_HIGHLIGHT_WORDS));
	});

	it('keeps a short list as it is, without empty or over-long words', () => {
		const long = 'z'.repeat(MAX_WORD_LENGTH + 1);
		expect(capHighlightWords(['icloud', ' storage  full ', long, ''])).toEqual([
			'icloud',
			'storage',
			'full',
		]);
	});
});
