import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeServiceWorker } from '../src/integrations/service-worker';
import { serveFolder } from './static-server';
import {
	axeViolations,
	emulateTheme,
	expect,
	firstChecklist,
	test,
	waitForChecklist,
} from './test-utils';

const ARTICLE = '/fixes/storage-full/';

test.describe('offline', () => {
	test('reads pages, searches and keeps checklist progress with the network off', async ({
		page,
		context,
	}) => {
		// One visit with a connection; the start page says when everything is stored.
		await page.goto('/');
		await expectReadyOffline(page);
		await context.setOffline(true);
		// The network is really gone, for the worker too: a file it doesn't store fails.
		expect(await fetchOutcome(page, '/robots.txt')).toBe('failed');
		await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible();

		// Three other pages open from the saved copy.
		for (const [pathname, heading] of [
			['/errors/', /error messages/i],
			['/fixes/wifi-network/', /Wi-Fi/],
			['/progress/', 'Your progress'],
		] as const) {
			const response = await page.goto(pathname);
			expect(response?.fromServiceWorker(), pathname).toBe(true);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		}

		// Search for an error message, index included, and open the result.
		await page.goto('/search/?q=Not%20Enough%20Storage');
		const results = page.getByRole('main').getByRole('listitem').getByRole('link');
		await expect(results.first()).toBeVisible();
		const fix = results.filter({ hasText: /storage/i }).first();
		const title = (await fix.innerText()).trim();
		await fix.click();
		await expect(page).toHaveURL(/\/fixes\/[a-z-]+\/(#.*)?$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

		// Tick a step and reload: still offline, still ticked.
		await page.goto(ARTICLE);
		await waitForChecklist(page);
		await firstChecklist(page).getByRole('checkbox').first().check();
		await page.reload();
		await waitForChecklist(page);
		await expect(firstChecklist(page).getByRole('checkbox').first()).toBeChecked();
		await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible();

		// An unknown address gets the saved 404 page rather than the browser's error.
		await page.goto('/no-such-page/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(/couldn.t find/i);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`shows the ready state and the indicator accessibly (${theme})`, async ({
			page,
			context,
		}) => {
			await emulateTheme(page, theme);
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto('/');
			await expectReadyOffline(page);
			await context.setOffline(true);
			await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			// Nothing wider than the phone.
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBe(0);
		});
	}
});

test.describe('offline updates', () => {
	let work: string;

	test.beforeAll(async () => {
		work = await mkdtemp(path.join(tmpdir(), 'backup-rescue-offline-'));
	});

	test.afterAll(async () => {
		await rm(work, { recursive: true, force: true });
	});

	test('a new deploy shows on the next visit, never mixed with the old, and keeps progress', async ({
		browser,
	}) => {
		test.setTimeout(60_000);
		// Two builds side by side, copied from dist/ so the other tests' site is never touched.
		const [v1, v2] = [path.join(work, 'v1'), path.join(work, 'v2')];
		await cp('dist', v1, { recursive: true });
		await cp('dist', v2, { recursive: true });
		const page2 = path.join(v2, ARTICLE, 'index.html');
		const html = await readFile(page2, 'utf8');
		await writeFile(page2, html.replace('</h1>', '</h1><p id="new-build">From the new build.</p>'));
		await writeServiceWorker(v2);
		const server = await serveFolder(v1);
		const context = await browser.newContext({ baseURL: server.origin });
		try {
			// First visit, on the old build: everything stored, one step ticked.
			let page = await context.newPage();
			await page.goto('/');
			await expectReadyOffline(page);
			await page.goto(ARTICLE);
			await waitForChecklist(page);
			await firstChecklist(page).getByRole('checkbox').first().check();

			// Deploy the new build; the reader comes back online and reloads twice.
			await server.deploy(v2);
			await page.reload();
			await page.reload();
			await expect(page.locator('#new-build')).toBeVisible();
			await waitForChecklist(page);
			await expect(firstChecklist(page).getByRole('checkbox').first()).toBeChecked();
			// The new worker has stored the new build, and waits for the old one's pages to close.
			await expect.poll(() => page.evaluate(workerStates), { timeout: 20_000 }).toBe('waiting');

			// While this page is open the old worker stays, and offline it serves its own build
			// whole (the new worker may have stored the new page beside it already).
			await context.setOffline(true);
			await page.reload();
			await expect(page.locator('#new-build')).toHaveCount(0);
			await waitForChecklist(page);
			await expect(firstChecklist(page).getByRole('checkbox').first()).toBeChecked();

			// Once no page uses the old worker, the new one takes over: offline is the new build.
			await context.setOffline(false);
			await page.close();
			page = await context.newPage();
			await page.goto('/');
			await expect.poll(() => page.evaluate(workerStates), { timeout: 15_000 }).toBe('active');
			await expectReadyOffline(page);
			await context.setOffline(true);
			await page.goto(ARTICLE);
			await expect(page.locator('#new-build')).toBeVisible();
			await waitForChecklist(page);
			await expect(firstChecklist(page).getByRole('checkbox').first()).toBeChecked();
		} finally {
			await context.close();
			await server.close();
		}
	});
});

/** Wait for the start page's "Save for offline" panel to say the whole site is stored. */
async function expectReadyOffline(page: Page): Promise<void> {
	// The panel is at the end of the page and checks the cache only once a reader scrolls to it.
	await page.getByRole('heading', { name: 'Save for offline' }).scrollIntoViewIfNeeded();
	await expect(page.getByText(/^Ready offline: the whole site \([\d.]+ (KB|MB)\)/)).toBeVisible({
		timeout: 20_000,
	});
}

/** Whether a fetch from the page succeeds (through the service worker, if any). */
function fetchOutcome(page: Page, url: string): Promise<'fetched' | 'failed'> {
	return page.evaluate(
		(address) =>
			fetch(address).then(
				() => 'fetched' as const,
				() => 'failed' as const
			),
		url
	);
}

/** In the page: whether a new worker is installing, waiting, or there is only the active one. */
async function workerStates(): Promise<'installing' | 'waiting' | 'active' | 'none'> {
	const registration = await navigator.serviceWorker.getRegistration();
	if (registration?.installing) return 'installing';
	if (registration?.waiting) return 'waiting';
	return registration?.active ? 'active' : 'none';
}
