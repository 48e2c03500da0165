import type { BrowserContext } from '@playwright/test';
import { builtSitemapPaths } from '../scripts/lib/sitemap.mjs';
import { expect, test } from './fixtures';

const PATHS = builtSitemapPaths();
/** The page background of each theme (tokens.css), as theme.test.ts checks it. */
const BACKGROUNDS = { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)' } as const;

// One test per theme, each on its own worker, each with one browser context for every page.
test.describe.configure({ mode: 'parallel' });

/**
 * dist/ served the way Netlify and Cloudflare Pages serve it, `_headers` applied: the header
 * policy is enforced on the whole page, including the inline theme script before the <meta> one.
 */
test.describe('every page with dist/_headers applied', () => {
	// As deployed: the service worker installs on the first page and controls the rest.
	test.use({ applyHeaders: true, serviceWorkers: 'allow' });

	for (const theme of ['light', 'dark'] as const) {
		test(`loads without errors or CSP violations, in the stored ${theme} theme`, async ({
			host,
		}) => {
			test.setTimeout(90_000);
			// The system says the other theme, so only the stored choice can make the page this one.
			const other = theme === 'dark' ? 'light' : 'dark';
			const context = await host.newContext({ colorScheme: other });
			const problems = await watchProblems(context);
			// Pick the theme as a reader does, with the theme switch, which stores it.
			const page = await context.newPage();
			await page.goto('/');
			await page.getByLabel('Theme').selectOption(theme);
			expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe(theme);

			for (const pathname of PATHS) {
				const response = await page.goto(pathname);
				// The host's headers are really there: the policy a <meta> can't carry.
				expect(response?.headers()['content-security-policy'], pathname).toContain(
					"frame-ancestors 'none'"
				);
				await page.waitForLoadState('networkidle');
				await expect(page.locator('html'), pathname).toHaveAttribute('data-theme', theme);
				await expect(page.locator('body'), pathname).toHaveCSS(
					'background-color',
					BACKGROUNDS[theme]
				);
				// Scroll through, so islands that load in view run under the policy too.
				await page.mouse.wheel(0, 20_000);
				await page.waitForLoadState('networkidle');
				expect(problems.splice(0), pathname).toEqual([]);
			}
		});
	}
});

/** Console errors, uncaught errors and CSP violations on any page of the context, as they come. */
async function watchProblems(context: BrowserContext): Promise<string[]> {
	const problems: string[] = [];
	context.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	context.on('weberror', (error) => problems.push(`error: ${error.error().message}`));
	// A violation is an event on the document; it reaches the console only sometimes.
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(
				`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`
			);
		});
	});
	return problems;
}
