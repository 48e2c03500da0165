import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { MAX_QUERY_WORDS } from '../src/lib/search/limits';
import { STORAGE_FULL, WIFI_NETWORK } from './site-paths';

/**
 * Hostile input: a pasted wall of text or a crafted result link must never freeze a page. Each
 * test runs a 50 ms timer in the page and records the longest gap between its ticks: a page busy
 * for a second shows a one-second gap, however fast the rest looks.
 */

/**
 * Longest tolerated gap between 50 ms ticks. Before the caps these pages froze for 1.1–3.9 s on
 * this machine; with them the gaps are a few frames, but page loads on a shared two-core machine
 * running the whole suite have reached 0.5 s, so the bound sits between the two. This file runs
 * after the rest, alone (playwright.config.ts), since beside other tests a search measured 0.9 s.
 */
const MAX_GAP_MS = 750;

/** About 10,000 characters of words the site does not know, so typo correction tries each one. */
const WALL = Array.from({ length: 1100 }, (_, index) => `qzv${index}xkw`).join(' ');

declare global {
	interface Window {
		__maxGap: number;
	}
}

/** Start the tick timer before any page script runs. */
async function watchTimer(page: Page): Promise<void> {
	await page.addInitScript(() => {
		let last = performance.now();
		window.__maxGap = 0;
		setInterval(() => {
			const now = performance.now();
			window.__maxGap = Math.max(window.__maxGap, now - last);
			last = now;
		}, 50);
	});
}

const maxGap = (page: Page) => page.evaluate(() => window.__maxGap);
const resetGap = (page: Page) => page.evaluate(() => (window.__maxGap = 0));

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

test.describe('hostile input', () => {
	test('a 10,000-character query is answered without freezing the page and says it was shortened', async ({
		page,
		searchResults,
	}) => {
		const errors = collectErrors(page);
		await watchTimer(page);
		// A first search loads the index, so the long one below times the search alone.
		await page.goto('/search/?q=storage');
		const main = searchResults.done;
		await expect(main).toHaveAttribute('data-search-query', 'storage');
		await resetGap(page);
		const query = `Not Enough Storage ${WALL}`;
		await searchResults.input.fill(query);
		await searchResults.input.press('Enter');
		// How long it takes is bench:search's business; a frozen page is this test's.
		await expect(main).toHaveAttribute('data-search-query', query, { timeout: 10_000 });
		expect(await maxGap(page)).toBeLessThan(MAX_GAP_MS);
		await expect(page.getByText(`Searched for the first ${MAX_QUERY_WORDS} words.`)).toBeVisible();
		// Still a useful answer: the message at the start puts its article first.
		const results = page.locator('[data-search-results]');
		await expect(results.getByRole('link').first()).toContainText('iCloud storage is full');
		expect(errors).toEqual([]);
	});

	test('typing after a pasted wall of text keeps the page responsive', async ({
		page,
		searchBox,
	}) => {
		const errors = collectErrors(page);
		await watchTimer(page);
		await page.goto(WIFI_NETWORK);
		const box = searchBox.input;
		await searchBox.type(WALL);
		const listbox = page.getByRole('region').or(page.locator('[data-search-combobox]'));
		await expect(
			listbox.getByText(`Searched for the first ${MAX_QUERY_WORDS} words.`)
		).toBeVisible();
		await resetGap(page);
		// Each keystroke plans the whole query again (after a 60 ms pause), as a reader types.
		await box.pressSequentially(' stroage', { delay: 100 });
		await expect(
			listbox.getByText(`Searched for the first ${MAX_QUERY_WORDS} words.`)
		).toBeVisible();
		expect(await maxGap(page)).toBeLessThan(MAX_GAP_MS);
		expect(errors).toEqual([]);
	});

	test('a result link with 300 highlight words marks a few, quickly', async ({ page, request }) => {
		const errors = collectErrors(page);
		await watchTimer(page);
		// The site's own commonest words: each one marked is a walk over the whole article.
		const data = (await (await request.get('/search-data.json')).json()) as {
			vocabulary: Record<string, number>;
		};
		const common = Object.entries(data.vocabulary)
			.sort((a, b) => b[1] - a[1])
			.map(([word]) => word);
		const params = new URLSearchParams([['highlight', 'storage']]);
		for (const word of common.slice(0, 299)) params.append('highlight', word);
		// One value carrying many words too: the highlighter splits values on spaces.
		params.append('highlight', common.slice(299, 600).join(' '));
		await page.goto(`${STORAGE_FULL}?${params}`);
		await expect(page.locator('mark.search-highlight').first()).toBeVisible();
		// The address is cleaned once the words are marked.
		await expect.poll(() => new URL(page.url()).search).toBe('');
		expect(await maxGap(page)).toBeLessThan(MAX_GAP_MS);
		expect(errors).toEqual([]);
	});

	test('highlighting survives a malformed fragment and a // path', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(`${STORAGE_FULL}?highlight=storage#%E0%A4%A`);
		await expect(page.locator('mark.search-highlight').first()).toBeVisible();
		await expect.poll(() => new URL(page.url()).search).toBe('');
		expect(new URL(page.url()).hash).toBe('#%E0%A4%A');

		const base = new URL(page.url());
		const response = await page.goto(`${base.origin}/${STORAGE_FULL}?highlight=storage`);
		expect(response?.status()).toBeLessThan(500);
		await expect.poll(() => new URL(page.url()).search).toBe('');
		expect(new URL(page.url()).pathname).toBe(`/${STORAGE_FULL}`);
		expect(errors).toEqual([]);
	});
});
