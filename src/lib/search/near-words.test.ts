import { describe, expect, it } from 'vitest';
import { wordsNearVocabulary } from './near-words.ts';
import { isKnownWord, nearestWord } from './typo.ts';

const vocabulary = { cable: 2, backup: 9, storage: 7, restart: 3, settings: 4, network: 3 };

describe('wordsNearVocabulary', () => {
	it('lists the words correction would rewrite, and only those', () => {
		expect(
			wordsNearVocabulary(['able', 'banana', 'stroage', 'network', 'restarted'], vocabulary)
		).toEqual(['able', 'stroage']);
	});

	it('agrees with nearestWord on every word of a list', () => {
		const words = [
			'able',
			'table',
			'cabel',
			'backpu',
			'bakcup',
			'setting',
			'settigns',
			'netwrok',
			'rest',
			'storm',
			'strage',
			'restrat',
			'restarts',
			'worknet',
		];
		const expected = words.filter(
			(word) => !isKnownWord(word, vocabulary) && nearestWord(word, vocabulary) !== undefined
		);
		expect(wordsNearVocabulary(words, vocabulary)).toEqual(expected);
	});
});
