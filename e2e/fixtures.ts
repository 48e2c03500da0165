import {
	test as base,
	expect,
	type BrowserContext,
	type BrowserContextOptions,
	type Page,
} from '@playwright/test';
import { serveFolder } from '../scripts/lib/static-server.mjs';
import { ChecklistPage } from './pages/checklist-page';
import { ProgressPage } from './pages/progress-page';
import { SearchBox } from './pages/search-box';
import { SearchResults } from './pages/search-results';

/**
 * What every e2e test file imports: Playwright's `test` with the site's page objects for the test's
 * page, fresh devices, and the built site on a static host of the test's own.
 */

/** dist/ served the way static hosts serve it, on an origin of the test's own. */
export interface HostedSite {
	origin: string;
	/** Serve another build from now on; `broken` paths of it answer 500. */
	deploy(folder: string, options?: { broken?: string[] }): Promise<void>;
	/** A browser context on the hosted site (relative URLs go there), closed after the test. */
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

interface Fixtures {
	/** The first checklist on the test's page. */
	checklist: ChecklistPage;
	/** /progress/ in the test's page. */
	progress: ProgressPage;
	/** The top bar's search box in the test's page. */
	searchBox: SearchBox;
	/** /search/?q= in the test's page. */
	searchResults: SearchResults;
	/** The system clipboard, which the test's page may read and write. */
	clipboard: { read(): Promise<string> };
	/** A page in a browser context of its own: another device, with its own storage; closed after. */
	newDevice: (options?: BrowserContextOptions) => Promise<Page>;
	/** Whether `host` applies dist/_headers as Netlify and Cloudflare Pages do. */
	applyHeaders: boolean;
	/** The built site on a static server of the test's own, stopped after the test. */
	host: HostedSite;
}

export const test = base.extend<Fixtures>({
	checklist: async ({ page }, use) => use(new ChecklistPage(page)),
	progress: async ({ page }, use) => use(new ProgressPage(page)),
	searchBox: async ({ page }, use) => use(new SearchBox(page)),
	searchResults: async ({ page }, use) => use(new SearchResults(page)),
	clipboard: async ({ context, page }, use) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await use({ read: () => page.evaluate(() => navigator.clipboard.readText()) });
	},
	newDevice: async ({ browser }, use) => {
		const contexts: BrowserContext[] = [];
		await use(async (options) => {
			const context = await browser.newContext(options);
			contexts.push(context);
			return context.newPage();
		});
		for (const context of contexts) await context.close();
	},
	applyHeaders: [false, { option: true }],
	host: async ({ browser, applyHeaders }, use) => {
		const server = await serveFolder('dist', { applyHeaders });
		const contexts: BrowserContext[] = [];
		await use({
			origin: server.origin,
			deploy: (folder, options) => server.deploy(folder, options),
			async newContext(options) {
				const context = await browser.newContext({ ...options, baseURL: server.origin });
				contexts.push(context);
				return context;
			},
		});
		for (const context of contexts) await context.close();
		await server.close();
	},
});

export { expect };
export { axeViolations } from './axe';

/** Set the colour scheme the page should follow, before navigation. */
export async function emulateTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
}
