import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { recordKey } from '../src/lib/progress/keys';
import {
	expect,
	firstChecklist,
	importFile,
	test,
	tickedBoxes,
	waitForChecklist,
} from './test-utils';

/**
 * The checklist's promise: a tick is never lost. On a slow phone (scripts arriving late), in two
 * tabs ticking at the same instant, and when progress from another device is imported.
 */

const ARTICLE = '/fixes/storage-full/';
const KEY = recordKey({ page: ARTICLE, checklist: 'check-icloud-storage' });

/** Which steps of the first checklist are done, by position, as stored now. */
async function storedDone(page: Page): Promise<boolean[]> {
	return page.evaluate((key) => {
		const record = JSON.parse(localStorage.getItem(key) ?? 'null');
		const section = document.querySelector<HTMLElement>('[data-checklist]');
		return [...(section?.querySelectorAll<HTMLElement>('[data-step]') ?? [])].map((item) => {
			const change = record?.steps?.[item.dataset.step ?? ''];
			return Boolean(change?.done && change.at > record.clearedAt);
		});
	}, KEY);
}

/** Make every script requested after the page's load event (the island, Preact) arrive late. */
async function delayLateScripts(page: Page, ms: number): Promise<void> {
	let loaded = false;
	page.on('load', () => (loaded = true));
	await page.route('**/_astro/*.js', async (route) => {
		if (loaded) await new Promise((resolve) => setTimeout(resolve, ms));
		await route.continue();
	});
}

/** Click a step's box in several tabs at one agreed instant, not one after another. */
async function clickTogether(clicks: { page: Page; step: number }[]): Promise<void> {
	const at = Date.now() + 300;
	await Promise.all(
		clicks.map(({ page, step }) =>
			page.evaluate(
				({ at, step }) =>
					new Promise<void>((resolve) =>
						setTimeout(() => {
							document.querySelectorAll<HTMLInputElement>('[data-checklist] input')[step]?.click();
							resolve();
						}, at - Date.now())
					),
				{ at, step }
			)
		)
	);
}

async function openTabs(context: BrowserContext, count: number): Promise<Page[]> {
	const tabs: Page[] = [];
	for (let index = 0; index < count; index++) {
		const tab = await context.newPage();
		await tab.goto(ARTICLE);
		await waitForChecklist(tab);
		tabs.push(tab);
	}
	return tabs;
}

test.describe('a tick is never lost', () => {
	// A first visit on a slow phone: no service worker yet to answer from its cache (and a worker's
	// fetches would bypass the delays these tests put on scripts).
	test.use({ serviceWorkers: 'block' });

	test('ticks made before the island arrives are kept, shown and saved', async ({
		page,
		context,
	}) => {
		// Two page loads whose late scripts each arrive 5 s late.
		test.setTimeout(90_000);
		await delayLateScripts(page, 5000);
		await page.goto(ARTICLE);
		const checklist = firstChecklist(page);
		const boxes = checklist.getByRole('checkbox');
		await checklist.scrollIntoViewIfNeeded();
		await boxes.nth(0).check();
		await boxes.nth(1).check();
		await boxes.nth(2).check();
		await boxes.nth(1).uncheck();
		// Still before the island: its bar has not hydrated, yet the ticks are already stored.
		await expect(checklist.locator('[data-checklist-body]')).not.toHaveAttribute('data-hydrated');
		expect(await storedDone(page)).toEqual([true, false, true, false]);

		// The island's scripts arrive 5 s after they are asked for.
		await waitForChecklist(page, 20_000);
		expect(await tickedBoxes(page)).toEqual([true, false, true, false]);
		await expect(checklist.getByRole('status')).toHaveText('2 of 4 done');

		await page.reload();
		await waitForChecklist(page, 20_000);
		expect(await tickedBoxes(page)).toEqual([true, false, true, false]);

		const [other] = await openTabs(context, 1);
		expect(await tickedBoxes(other!)).toEqual([true, false, true, false]);
		await expect(firstChecklist(other!).getByRole('status')).toHaveText('2 of 4 done');
	});

	test('ticks made before the page’s own script runs are saved when it does', async ({ page }) => {
		await page.route('**/_astro/*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		await page.goto(ARTICLE, { waitUntil: 'domcontentloaded' });
		await firstChecklist(page).getByRole('checkbox').nth(3).check();
		await expect
			.poll(() => storedDone(page), { timeout: 10_000 })
			.toEqual([false, false, false, true]);
		await page.unroute('**/_astro/*.js');
		await page.reload();
		expect(await tickedBoxes(page)).toEqual([false, false, false, true]);
	});

	test('a lost download of the island is tried again, and ticks are saved meanwhile', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 390, height: 500 });
		let requests = 0;
		await page.route('**/_astro/hydrate.*.js', (route) =>
			requests++ === 0 ? route.abort() : route.continue()
		);
		await page.goto(ARTICLE);
		const checklist = firstChecklist(page);
		await checklist.scrollIntoViewIfNeeded();
		await checklist.getByRole('checkbox').first().check();
		await expect.poll(() => requests).toBe(1);
		expect(await storedDone(page)).toEqual([true, false, false, false]);
		// Scrolled away and back: the island loads this time.
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect(checklist).not.toBeInViewport();
		await waitForChecklist(page);
		expect(requests).toBe(2);
		await expect(checklist.getByRole('status')).toHaveText('1 of 4 done');
	});

	test('two tabs ticking different steps at the same instant lose nothing (10 rounds)', async ({
		context,
	}) => {
		const [one, two] = (await openTabs(context, 2)) as [Page, Page];
		for (let round = 0; round < 10; round++) {
			// Each round flips step 1 in one tab and step 2 in the other, at the same moment.
			const expected = round % 2 === 0;
			await clickTogether([
				{ page: one, step: 0 },
				{ page: two, step: 1 },
			]);
			for (const tab of [one, two]) {
				await expect
					.poll(() => storedDone(tab), { message: `round ${round}` })
					.toEqual([expected, expected, false, false]);
				await expect.poll(() => tickedBoxes(tab)).toEqual([expected, expected, false, false]);
			}
		}
	});

	test('Reset in one tab and a tick in another end in the later action', async ({ context }) => {
		const [one, two] = (await openTabs(context, 2)) as [Page, Page];
		const reset = (page: Page) => firstChecklist(page).getByRole('button', { name: 'Reset' });

		// The tick comes after the Reset: it stays, the rest is cleared.
		await firstChecklist(one).getByRole('checkbox').nth(0).check();
		await expect.poll(() => tickedBoxes(two)).toEqual([true, false, false, false]);
		await reset(one).click();
		await clickTogether([{ page: two, step: 2 }]);
		for (const tab of [one, two]) {
			await expect.poll(() => storedDone(tab)).toEqual([false, false, true, false]);
			await expect.poll(() => tickedBoxes(tab)).toEqual([false, false, true, false]);
		}

		// The Reset comes after the tick: everything is cleared.
		await clickTogether([{ page: two, step: 3 }]);
		await expect.poll(() => tickedBoxes(one)).toEqual([false, false, true, true]);
		await reset(one).click();
		for (const tab of [one, two]) {
			await expect.poll(() => storedDone(tab)).toEqual([false, false, false, false]);
			await expect.poll(() => tickedBoxes(tab)).toEqual([false, false, false, false]);
		}
	});

	test('importing from another device merges: the phone keeps its ticks and gains the iPad’s', async ({
		browser,
		page: phone,
	}) => {
		await phone.goto(ARTICLE);
		await waitForChecklist(phone);
		await firstChecklist(phone).getByRole('checkbox').nth(0).check();
		await firstChecklist(phone).getByRole('checkbox').nth(1).check();

		const ipadContext = await browser.newContext();
		const ipad = await ipadContext.newPage();
		await ipad.goto(ARTICLE);
		await waitForChecklist(ipad);
		await firstChecklist(ipad).getByRole('checkbox').nth(2).check();
		await ipad.goto('/progress/');
		const download = ipad.waitForEvent('download');
		await ipad.getByRole('button', { name: 'Export progress to a file' }).click();
		const file = join(mkdtempSync(join(tmpdir(), 'ipad-')), 'progress.json');
		await (await download).saveAs(file);
		await ipadContext.close();

		await phone.goto('/progress/');
		await importFile(phone, file);
		await expect(phone.getByRole('main').getByRole('status')).toHaveText(
			'Merged progress for 1 checklist: 1 step added.'
		);
		await expect(phone.getByRole('main')).toContainText('3 of 4 steps done');
		await phone.goto(ARTICLE);
		expect(await tickedBoxes(phone)).toEqual([true, true, true, false]);

		// The same file again adds nothing and removes nothing.
		await phone.goto('/progress/');
		await importFile(phone, file);
		await expect(phone.getByRole('main').getByRole('status')).toHaveText(/^Nothing new to import/);
		await expect(phone.getByRole('main')).toContainText('3 of 4 steps done');
	});

	test('says storage is full when the quota is the reason, and keeps ticks while open', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			};
		});
		await page.goto(ARTICLE);
		await waitForChecklist(page);
		const checklist = firstChecklist(page);
		await checklist.getByRole('checkbox').first().check();
		await expect(checklist.getByRole('status')).toHaveText('1 of 4 done');
		await expect(page.getByText(/its storage is full/)).toHaveCount(1);
		await expect(page.getByText(/blocking storage/)).toHaveCount(0);
	});
});
