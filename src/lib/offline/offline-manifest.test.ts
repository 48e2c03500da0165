import { describe, expect, it } from 'vitest';
import { isOfflineManifest, summarizePrecache } from './offline-manifest.ts';

describe('offline manifest', () => {
	it('sums sizes and lists root-relative, sorted paths', () => {
		const manifest = summarizePrecache(
			[
				{ url: 'index.html', size: 100 },
				{ url: '_astro/app.abc.js', size: 50 },
				{ url: '/pagefind/pagefind.js', size: 25 },
			],
			'b1'
		);
		expect(manifest).toEqual({
			build: 'b1',
			bytes: 175,
			files: 3,
			urls: ['/_astro/app.abc.js', '/index.html', '/pagefind/pagefind.js'],
		});
		expect(isOfflineManifest(manifest)).toBe(true);
	});

	it('rejects anything else', () => {
		expect(isOfflineManifest(null)).toBe(false);
		expect(isOfflineManifest({ bytes: 1, files: 1 })).toBe(false);
		expect(isOfflineManifest({ bytes: '1', files: 1, urls: [] })).toBe(false);
		expect(isOfflineManifest({ bytes: 1, files: 1, urls: [1] })).toBe(false);
	});
});
