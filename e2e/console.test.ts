import { builtSitemapPaths } from '../scripts/lib/sitemap.mjs';
import { test, expect } from './fixtures';
import { UNLISTED_PATHS } from './site-paths';

const PATHS = [...builtSitemapPaths(), ...UNLISTED_PATHS];

test.describe('no console errors or CSP violations', () => {
	for (const path of PATHS) {
		test(path, async ({ page, searchBox }) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
			// CSP violations are reported to the page as events, not always to the console.
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
				});
			});
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			// Exercise the interactive parts so their code runs too.
			// Typing runs the whole search path: Pagefind's WebAssembly, worker and index under the CSP.
			// (/search/ and the 404 page have their own search box; the top bar's is on every page.)
			await searchBox.type('storage full');
			await expect(searchBox.listbox.getByRole('option').first()).toBeVisible();
			await page.mouse.wheel(0, 4000);
			await page.waitForLoadState('networkidle');
			// The 404 page is served with status 404, which the browser logs; that one is expected.
			const expected = (problem: string) =>
				path === '/404.html' && problem.includes('404 (Not Found)');
			expect(problems.filter((problem) => !expected(problem))).toEqual([]);
		});
	}
});
