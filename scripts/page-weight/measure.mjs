// @ts-check
/**
 * Loads built pages in Chromium as a first-time reader on a phone does (empty cache, service worker
 * blocked) and records what they download, gzip-sized.
 */
import { gzipSync } from 'node:zlib';

/**
 * One page, scrolled to its end.
 * @typedef {{ path: string, checklist: boolean, islands: string[], js: number, css: number, html: number, other: number, requests: number, requestsAtLoad: number, scripts: Map<string, number> }} PageRow
 */

/**
 * A checklist article's scripts: with the page, then once its first checklist is in view.
 * @typedef {{ path: string, atLoad: Map<string, number>, onView: Map<string, number> }} ChecklistRow
 */

/**
 * Measures pages of the site at `base` in `browser`.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base
 */
export function pageMeter(browser, base) {
	/** A fresh context as a first-time reader on a phone has it: empty cache, no service worker. */
	async function openPage() {
		const context = await browser.newContext({
			serviceWorkers: 'block',
			viewport: { width: 390, height: 844 },
		});
		return { context, page: await context.newPage() };
	}

	/**
	 * Everything the page downloads on load and once scrolled to the end, a screen at a time.
	 * @param {string} path
	 * @returns {Promise<PageRow>}
	 */
	async function measurePage(path) {
		const { context, page } = await openPage();
		const recorded = recordResponses(page);
		await page.goto(base + path, { waitUntil: 'networkidle' });
		await page.waitForTimeout(300);
		const requestsAtLoad = (await recorded.settled()).size;
		// Scroll a screen at a time, as a reader would, so every island that waits to be seen loads.
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		for (let y = 0; y < height; y += 700) {
			await page.evaluate((top) => window.scrollTo(0, top), y);
			await page.waitForTimeout(60);
		}
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		const responses = await recorded.settled();
		const sizes = { js: 0, css: 0, html: 0, other: 0, requests: responses.size };
		const field = /** @type {Record<string, 'js' | 'css' | 'html'>} */ ({
			script: 'js',
			stylesheet: 'css',
			document: 'html',
		});
		for (const { type, bytes } of responses.values()) sizes[field[type] ?? 'other'] += bytes;
		const checklist = (await page.locator('section.checklist').count()) > 0;
		// Interactive parts mark themselves with data-island; a page without any gets the shell only.
		const islands = await page.evaluate(() => [
			...new Set(
				[...document.querySelectorAll('[data-island]')].map(
					(el) => el.getAttribute('data-island') ?? ''
				)
			),
		]);
		await context.close();
		return { path, checklist, islands, ...sizes, requestsAtLoad, scripts: scriptsOf(responses) };
	}

	/**
	 * The JavaScript a checklist article loads with the page (not scrolled), and then what loads
	 * once its first checklist is scrolled into view and hydrated.
	 * @param {string} path
	 * @returns {Promise<ChecklistRow>}
	 */
	async function measureChecklist(path) {
		const { context, page } = await openPage();
		const responses = recordResponses(page);
		await page.goto(base + path, { waitUntil: 'networkidle' });
		await page.waitForTimeout(300);
		const atLoad = scriptsOf(await responses.settled());
		await page.locator('[data-checklist-body]').first().scrollIntoViewIfNeeded();
		await page.locator('[data-checklist-body][data-hydrated]').first().waitFor();
		await page.waitForLoadState('networkidle');
		const onView = new Map(
			[...scriptsOf(await responses.settled())].filter(([url]) => !atLoad.has(url))
		);
		await context.close();
		return { path, atLoad, onView };
	}

	return { measurePage, measureChecklist };
}

/**
 * Records every response the page receives: its resource type and gzip size, by URL.
 * @param {import('@playwright/test').Page} page
 */
function recordResponses(page) {
	/** @type {Map<string, { type: string, bytes: number }>} */
	const responses = new Map();
	/** @type {Promise<void>[]} */
	const pending = [];
	page.on('response', (response) => {
		pending.push(
			response
				.body()
				.catch(() => Buffer.alloc(0))
				.then((body) => {
					const type = response.request().resourceType();
					responses.set(response.url(), { type, bytes: gzipSync(body).length });
				})
		);
	});
	return { settled: async () => (await Promise.all(pending), responses) };
}

/**
 * The scripts among recorded responses, as URL → gzip bytes.
 * @param {Map<string, { type: string, bytes: number }>} responses
 */
function scriptsOf(responses) {
	return new Map(
		[...responses]
			.filter(([, { type }]) => type === 'script')
			.map(([url, { bytes }]) => [url, bytes])
	);
}
