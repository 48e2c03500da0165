import { describe, expect, it } from 'vitest';
import synonyms from '../../data/synonyms.json';
import { applySynonyms, synonymWords } from './synonyms.ts';
import { tokenize } from './normalise.ts';

const rewrite = (text: string) => applySynonyms(tokenize(text), synonyms.groups).join(' ');

describe('applySynonyms', () => {
	it('rewrites readers’ words to the words the articles use', () => {
		expect(rewrite('reboot my phone')).toBe('restart my phone');
		expect(rewrite('wifi keeps dropping')).toBe('wi-fi keeps dropping');
		expect(rewrite('back up over mobile data')).toBe('backup over cellular');
	});

	it('prefers the longest variant', () => {
		expect(rewrite('hard reset')).toBe('force restart');
	});

	it('reads an iOS version before 10 as an old one, and leaves later versions alone', () => {
		expect(rewrite('running iOS 8 or earlier')).toBe('running old ios version or earlier');
		expect(rewrite('restore iOS7')).toBe('restore old ios version');
		expect(rewrite('broke on iOS 16.3')).toBe('broke on ios 16 3');
	});

	it('reads "locks up" as a freeze, every form of it, not as a locked screen', () => {
		expect(rewrite('my iphone locks up')).toBe('my iphone stuck');
		expect(rewrite('it keeps locking up')).toBe('it keeps stuck');
		expect(rewrite('the screen is locked')).toBe('the screen is locked');
	});

	it('leaves other words alone', () => {
		expect(rewrite('reset network settings')).toBe('reset network settings');
	});

	it('has no variant in two groups', () => {
		const seen = new Map<string, string>();
		for (const group of synonyms.groups) {
			for (const variant of group.variants) {
				expect(seen.get(variant), variant).toBeUndefined();
				seen.set(variant, group.canonical);
			}
		}
	});

	it('lists every word for typo correction', () => {
		expect(synonymWords(synonyms.groups).has('reboot')).toBe(true);
	});
});
