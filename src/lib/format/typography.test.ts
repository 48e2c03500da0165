import { describe, expect, it } from 'vitest';
import { curlyQuotes } from './typography.ts';

describe('curlyQuotes', () => {
	it('turns apostrophes inside and after words into typographic ones', () => {
		expect(curlyQuotes("My iPhone won't back up, and Apple's page says it's fine")).toBe(
			'My iPhone won’t back up, and Apple’s page says it’s fine'
		);
		expect(curlyQuotes("readers' own words")).toBe('readers’ own words');
	});

	it('opens and closes double and single quotes by what stands before them', () => {
		expect(curlyQuotes('Read the "not enough iCloud storage" alert')).toBe(
			'Read the “not enough iCloud storage” alert'
		);
		expect(curlyQuotes('"Back Up Now" fails')).toBe('“Back Up Now” fails');
		expect(curlyQuotes("the label ('Back Up Now') and 'Turn Off'")).toBe(
			'the label (‘Back Up Now’) and ‘Turn Off’'
		);
		expect(curlyQuotes('a quote that says "it\'s done"')).toBe('a quote that says “it’s done”');
	});

	it('leaves text without straight quotes as it is', () => {
		const text = 'Already “curly” and it’s fine — 5 GB';
		expect(curlyQuotes(text)).toBe(text);
	});
});
