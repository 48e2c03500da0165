import { describe, expect, it } from 'vitest';
import { cardCacheName, designFingerprint } from './cache-key.ts';

const site = { name: 'Backup Rescue', host: 'backup-rescue.example' };
const page = { title: 'iCloud storage is full', section: 'Fixes' };
const design = designFingerprint(['card source', new Uint8Array([1, 2, 3])]);

describe('designFingerprint', () => {
	it('is the same for the same parts', () => {
		expect(designFingerprint(['card source', new Uint8Array([1, 2, 3])])).toBe(design);
	});

	it('changes when any part changes', () => {
		expect(designFingerprint(['card source!', new Uint8Array([1, 2, 3])])).not.toBe(design);
		expect(designFingerprint(['card source', new Uint8Array([1, 2, 4])])).not.toBe(design);
	});

	it('changes when bytes move from one part to the next', () => {
		expect(designFingerprint(['ab', 'c'])).not.toBe(designFingerprint(['a', 'bc']));
	});
});

describe('cardCacheName', () => {
	it('names the same card the same way every build', () => {
		expect(cardCacheName(design, site, { ...page })).toBe(cardCacheName(design, site, page));
		expect(cardCacheName(design, site, page)).toMatch(/^[0-9a-f]+\.png$/);
	});

	it('names a card anew when its text, the site or the design changes', () => {
		const names = [
			cardCacheName(design, site, page),
			cardCacheName(design, site, { ...page, title: 'iCloud storage is full!' }),
			cardCacheName(design, site, { ...page, section: 'Errors' }),
			cardCacheName(design, { ...site, name: 'Backup Help' }, page),
			cardCacheName(design, { ...site, host: 'help.example.org' }, page),
			cardCacheName(designFingerprint(['another design']), site, page),
		];
		expect(new Set(names).size).toBe(names.length);
	});

	it('does not mistake text moved between title and section for the same card', () => {
		expect(cardCacheName(design, site, { title: 'a b', section: 'c' })).not.toBe(
			cardCacheName(design, site, { title: 'a', section: 'b c' })
		);
	});
});
