// @ts-check
import { probeFirstResult } from '../first-result-probe.mjs';

/** The first query, as in the task: a reader's first search on a page. */
export const FIRST_QUERY = 'backup storage';
/** Later queries for the warm timings: different words, so no answer comes from a cache. */
export const WARM_QUERIES = [
	'wifi router',
	'apple account password',
	'low power mode',
	'photos library',
	'software update',
	'not enough storage',
	'messages attachments',
	'vpn profile',
	'lock screen charging',
	'family sharing',
];

/**
 * How many results the search page lists (RESULTS_PAGE_LIMIT in src/lib/search/limits.ts), as the
 * built page states it on its <main>, so the bench loads as many fragments as the page does.
 * @param {string} origin
 */
async function resultLimit(origin) {
	const html = await (await fetch(`${origin}/search/`)).text();
	const limit = Number(/data-result-limit="(\d+)"/.exec(html)?.[1]);
	if (!limit) throw new Error('The built /search/ page does not state its data-result-limit.');
	return limit;
}

/**
 * What a first search costs a reader, measured in a fresh browser context (empty cache) on one
 * article: bytes of every /pagefind/ response it caused (script, WebAssembly, metadata, index
 * chunks and the fragments of as many results as the search page lists), the cold time
 * from loading Pagefind to having those results, and the median of later, warm queries.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @returns {Promise<{ firstSearchBytes: number, requests: number, results: number, coldMs: number, warmMedianMs: number }>}
 */
export async function measureSearch(browser, origin) {
	const limit = await resultLimit(origin);
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/fixes/storage-full/`, { waitUntil: 'load' });
		// Counted from Playwright's network events, not Resource Timing: Pagefind fetches its index
		// from a Web Worker, whose requests the page's own timeline does not see.
		let counting = true;
		await page.exposeFunction('firstSearchDone', () => {
			counting = false;
		});
		/** @type {Promise<number>[]} */
		const sizes = [];
		page.on('requestfinished', (request) => {
			if (!counting || !new URL(request.url()).pathname.startsWith('/pagefind/')) return;
			sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
		});
		const timings = await page.evaluate(
			async ({ first, warm, limit }) => {
				const url = '/pagefind/pagefind.js';
				const start = performance.now();
				const pagefind = await import(url);
				/** Search, then load what the search page shows. @param {string} query */
				const run = async (query) => {
					const { results } = await pagefind.search(query);
					await Promise.all(
						results
							.slice(0, limit)
							.map((/** @type {{ data(): Promise<unknown> }} */ result) => result.data())
					);
					return results.length;
				};
				const results = await run(first);
				const coldMs = performance.now() - start;
				// Tell Node the first search is done, so warm queries' requests are not counted.
				await /** @type {{ firstSearchDone?: () => Promise<void> }} */ (window).firstSearchDone?.();
				const times = [];
				for (const query of warm) {
					const began = performance.now();
					await run(query);
					times.push(performance.now() - began);
				}
				times.sort((a, b) => a - b);
				const middle = times.length / 2;
				const warmMedianMs =
					times.length % 2
						? (times[Math.floor(middle)] ?? 0)
						: ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
				return { results, coldMs, warmMedianMs };
			},
			{ first: FIRST_QUERY, warm: WARM_QUERIES, limit }
		);
		const bytes = await Promise.all(sizes);
		return {
			...timings,
			firstSearchBytes: bytes.reduce((sum, size) => sum + size, 0),
			requests: bytes.length,
		};
	} finally {
		await context.close();
	}
}

/**
 * Our search against plain Pagefind on the same index, as bench:search measures them: from opening
 * /search/?q= to the first result on screen, against opening /search/ and running
 * `pagefind.search()` with its top three results' data; then the median of the warm queries
 * (ours: typed into the results page, until its first results show).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @returns {Promise<{ oursOpenMs: number, plainOpenMs: number, oursWarmMs: number, plainWarmMs: number }>}
 */
export async function compareWithPlainPagefind(browser, origin) {
	const ours = await browser.newContext();
	const plain = await browser.newContext();
	try {
		const page = await ours.newPage();
		await probeFirstResult(page);
		/** @param {string} query */
		const done = (query) =>
			page.waitForFunction(
				(text) => {
					const main = document.querySelector('main');
					return main?.dataset.searchState === 'done' && main.dataset.searchQuery === text;
				},
				query,
				{ timeout: 60_000 }
			);
		await page.goto(`${origin}/search/?${new URLSearchParams({ q: FIRST_QUERY })}`);
		await done(FIRST_QUERY);
		const oursOpenMs = await page.evaluate(() => /** @type {any} */ (window).__firstResultAt);
		const oursWarm = [];
		for (const query of WARM_QUERIES) {
			await page.fill('#search-page-input', query);
			await page.press('#search-page-input', 'Enter');
			await done(query);
			oursWarm.push(
				await page.evaluate(() => Number(document.querySelector('main')?.dataset.searchFirstMs))
			);
		}
		const plainPage = await plain.newPage();
		await plainPage.goto(`${origin}/search/`);
		const plainTimes = await plainPage.evaluate(
			async ({ first, warm }) => {
				const url = '/pagefind/pagefind.js';
				const pagefind = await import(url);
				/** @param {string} query */
				const run = async (query) => {
					const { results } = await pagefind.search(query);
					await Promise.all(
						results
							.slice(0, 3)
							.map((/** @type {{ data(): Promise<unknown> }} */ result) => result.data())
					);
				};
				await run(first);
				const openMs = performance.now();
				const times = [];
				for (const query of warm) {
					const began = performance.now();
					await run(query);
					times.push(performance.now() - began);
				}
				return { openMs, times };
			},
			{ first: FIRST_QUERY, warm: WARM_QUERIES }
		);
		return {
			oursOpenMs,
			plainOpenMs: plainTimes.openMs,
			oursWarmMs: median(oursWarm),
			plainWarmMs: median(plainTimes.times),
		};
	} finally {
		await ours.close();
		await plain.close();
	}
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length / 2;
	return sorted.length % 2
		? (sorted[Math.floor(middle)] ?? NaN)
		: ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
