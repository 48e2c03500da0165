import { readFileSync } from 'node:fs';
import { test, expect } from './test-utils';

/** Every page in the build's sitemap, read from disk so each page gets its own test. */
const PATHS = [
	...[...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(match) => new URL(match[1] ?? '').pathname
	),
	'/search/?q=storage',
	'/404.html',
];

test.describe('no console errors or CSP violations', () => {
	for (const path of PATHS) {
		test(path, async ({ page }) => {
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
			await page.getByRole('searchbox').first().focus();
			await page.mouse.wheel(0, 4000);
			await page.waitForLoadState('networkidle');
			expect(
				problems.filter(
					(problem) => !problem.includes('404 (Not Found)') || !path.startsWith('/404')
				)
			).toEqual([]);
		});
	}
});
