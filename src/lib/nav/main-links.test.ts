import { describe, expect, it } from 'vitest';
import { isMainLinkCurrent, mainLinks } from './main-links.ts';

describe('mainLinks', () => {
	it('gives the top bar and the footer their links from the one list, in order', () => {
		expect(mainLinks('header').map((link) => link.label)).toEqual([
			'Start here',
			'Fixes',
			'Error messages',
			'Your progress',
		]);
		expect(mainLinks('footer').map((link) => link.href)).toEqual([
			'/',
			'/errors/',
			'/progress/',
			'/search/',
		]);
	});

	it('marks a section current anywhere inside it, and the start page only on itself', () => {
		const [start, fixes] = mainLinks('header');
		expect(isMainLinkCurrent(fixes!, '/fixes/storage-full/')).toBe(true);
		expect(isMainLinkCurrent(start!, '/fixes/storage-full/')).toBe(false);
		expect(isMainLinkCurrent(start!, '/')).toBe(true);
	});

	it('leaves "Fixes" alone on a related task that lives under /fixes/', () => {
		const [, fixes] = mainLinks('header');
		expect(isMainLinkCurrent(fixes!, '/fixes/computer-backup/', 'tasks')).toBe(false);
		expect(isMainLinkCurrent(fixes!, '/fixes/storage-full/', 'fixes')).toBe(true);
		expect(isMainLinkCurrent(fixes!, '/fixes/')).toBe(true);
	});
});
