import { describe, expect, it } from 'vitest';
import { foldText, normaliseMessage, tokenize } from './normalise.ts';

describe('foldText', () => {
	it('straightens quotes, expands contractions and drops case', () => {
		expect(foldText('The last backup couldn’t be completed.')).toBe(
			'the last backup could not be completed.'
		);
		expect(foldText("Can't WON'T")).toBe('cannot will not');
	});
});

describe('tokenize', () => {
	it('keeps hyphenated words and drops punctuation and ellipses', () => {
		expect(tokenize('Backing Up… on Wi-Fi!')).toEqual(['backing', 'up', 'on', 'wi-fi']);
	});
});

describe('normaliseMessage', () => {
	it('maps device names and counts to one form', () => {
		expect(normaliseMessage('This iPad hasn’t been backed up in 3 weeks')).toEqual(
			normaliseMessage("This iPhone hasn't been backed up in N weeks")
		);
		expect(normaliseMessage('in three weeks')).toEqual(['in', 'n', 'weeks']);
	});
});
