import { test, expect } from './fixtures';
import { builtSitemapPaths } from '../scripts/lib/sitemap.mjs';

/** Pages that only list other pages: they have no Sources of their own. */
const LISTINGS = new Set(['/fixes/', '/progress/']);

/** Every article: the start page, the error reference and every fix or task. */
const ARTICLES = builtSitemapPaths().filter((path) => !LISTINGS.has(path));

test.describe('sources', () => {
	for (const path of ARTICLES) {
		test(`${path} ends with Sources: external links, none to this site`, async ({ page }) => {
			await page.goto(path);
			const sources = page.getByRole('region', { name: 'Sources' });
			await expect(sources.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
			const links = sources.getByRole('listitem').getByRole('link');
			expect(await links.count()).toBeGreaterThan(0);
			const site = new URL(
				(await page.locator('link[rel="canonical"]').getAttribute('href')) ?? ''
			);
			for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))) {
				const url = new URL(href ?? '', page.url());
				expect(url.protocol, href ?? '').toBe('https:');
				expect(url.host, href ?? '').not.toBe(site.host);
				expect(url.host, href ?? '').not.toBe(new URL(page.url()).host);
			}
			// The outline ends with it, so a reader can jump to it.
			await expect(
				page
					.getByRole('navigation', { name: 'In this article' })
					.getByRole('link', { name: 'Sources' })
			).toHaveCount(1);
		});
	}
});
