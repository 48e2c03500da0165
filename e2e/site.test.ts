import { test, expect } from './fixtures';
import { builtSitemapPaths } from '../scripts/lib/sitemap.mjs';

test.describe('site files', () => {
	test('the sitemap lists every article and no noindex page', () => {
		const paths = builtSitemapPaths();
		expect(paths).toEqual(
			expect.arrayContaining(['/', '/errors/', '/fixes/storage-full/', '/fixes/wifi-network/'])
		);
		expect(paths).not.toContain('/search/');
		expect(paths).not.toContain('/404/');
	});

	test('robots.txt points at the sitemap', async ({ request }) => {
		const robots = await (await request.get('/robots.txt')).text();
		expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
	});

	test('no request leaves the site', async ({ page }) => {
		const external: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http'))
				external.push(url.href);
		});
		for (const path of ['/', '/fixes/storage-full/', '/errors/', '/search/?q=storage']) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
		}
		expect(external).toEqual([]);
	});
});
