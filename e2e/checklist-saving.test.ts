import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { ProgressPage } from './pages/progress-page';
import { STORAGE_FULL as ARTICLE } from './site-paths';
import { fillStorage, recordKey } from './storage';

/**
 * The checklist's promise: a tick is never lost. On a slow phone (scripts arriving late), in two
 * tabs ticking at the same instant, and when progress from another device is imported.
 */

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

/** Open the article in new tabs of the context, each with its checklist hydrated. */
async function openTabs(context: BrowserContext, count: number): Promise<ChecklistPage[]> {
	const tabs: ChecklistPage[] = [];
	for (let index = 0; index < count; index++) {
		const tab = new ChecklistPage(await context.newPage());
		await tab.open(ARTICLE);
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
		checklist,
	}) => {
		// Two page loads whose late scripts each arrive 5 s late.
		test.setTimeout(90_000);
		await delayLateScripts(page, 5000);
		await page.goto(ARTICLE);
		await checklist.root.scrollIntoViewIfNeeded();
		await checklist.tick(0, 1, 2);
		await checklist.box(1).uncheck();
		// Still before the island: its bar has not hydrated, yet the ticks are already stored.
		await expect(checklist.body).not.toHaveAttribute('data-hydrated');
		expect(await storedDone(page)).toEqual([true, false, true, false, false]);

		// The island's scripts arrive 5 s after they are asked for.
		await checklist.waitForHydrated(20_000);
		expect(await checklist.ticked()).toEqual([true, false, true, false, false]);
		await expect(checklist.status).toHaveText('2 of 5 done');

		await page.reload();
		await checklist.waitForHydrated(20_000);
		expect(await checklist.ticked()).toEqual([true, false, true, false, false]);

		const [other] = (await openTabs(context, 1)) as [ChecklistPage];
		expect(await other.ticked()).toEqual([true, false, true, false, false]);
		await expect(other.status).toHaveText('2 of 5 done');
	});

	test('ticks made before the page’s own script runs are saved when it does', async ({
		page,
		checklist,
	}) => {
		await page.route('**/_astro/*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		await page.goto(ARTICLE, { waitUntil: 'domcontentloaded' });
		await checklist.box(3).check();
		await expect
			.poll(() => storedDone(page), { timeout: 10_000 })
			.toEqual([false, false, false, true, false]);
		// Let delayed downloads still in flight finish first: a reload would cut them off mid-route.
		await page.unrouteAll({ behavior: 'wait' });
		await page.reload();
		expect(await checklist.ticked()).toEqual([false, false, false, true, false]);
	});

	test('a lost download of the island is tried again, and ticks are saved meanwhile', async ({
		page,
		checklist,
	}) => {
		await page.setViewportSize({ width: 390, height: 500 });
		let requests = 0;
		await page.route('**/_astro/hydrate.*.js', (route) =>
			requests++ === 0 ? route.abort() : route.continue()
		);
		await page.goto(ARTICLE);
		await checklist.root.scrollIntoViewIfNeeded();
		await checklist.box(0).check();
		await expect.poll(() => requests).toBe(1);
		expect(await storedDone(page)).toEqual([true, false, false, false, false]);
		// Scrolled away and back: the island loads this time.
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect(checklist.root).not.toBeInViewport();
		await checklist.waitForHydrated();
		expect(requests).toBe(2);
		await expect(checklist.status).toHaveText('1 of 5 done');
	});

	test('a lost download behind Print or Continue still prints, or says why, and keeps the ticks', async ({
		page,
		checklist,
	}) => {
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});
		let lost = true;
		await page.route(/\/_astro\/(print|continue-share)\.[\w-]+\.js$/, (route) =>
			lost ? route.abort() : route.continue()
		);
		await checklist.open(ARTICLE);
		await checklist.tick(0);
		await checklist.button('Print checklist').click();
		// The whole article prints instead of the checklist alone.
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
			.toBe(1);
		await checklist.button('Continue on another device').click();
		await expect(checklist.root).toContainText('“Continue on another device” could not load');
		expect(await storedDone(page)).toEqual([true, false, false, false, false]);
		// With the connection back, the same button works and the message goes.
		lost = false;
		await checklist.button('Continue on another device').click();
		await expect(page.getByRole('img', { name: /QR code/ }).first()).toBeVisible();
		await expect(checklist.root).not.toContainText('could not load');
	});

	test('two tabs ticking different steps at the same instant lose nothing (10 rounds)', async ({
		context,
	}) => {
		const [one, two] = (await openTabs(context, 2)) as [ChecklistPage, ChecklistPage];
		for (let round = 0; round < 10; round++) {
			// Each round flips step 1 in one tab and step 2 in the other, at the same moment.
			const expected = round % 2 === 0;
			await clickTogether([
				{ page: one.page, step: 0 },
				{ page: two.page, step: 1 },
			]);
			for (const tab of [one, two]) {
				await expect
					.poll(() => storedDone(tab.page), { message: `round ${round}` })
					.toEqual([expected, expected, false, false, false]);
				await expect.poll(() => tab.ticked()).toEqual([expected, expected, false, false, false]);
			}
		}
	});

	test('Reset in one tab and a tick in another end in the later action', async ({ context }) => {
		const [one, two] = (await openTabs(context, 2)) as [ChecklistPage, ChecklistPage];

		// The tick comes after the Reset: it stays, the rest is cleared.
		await one.box(0).check();
		await expect.poll(() => two.ticked()).toEqual([true, false, false, false, false]);
		await one.button('Reset').click();
		await clickTogether([{ page: two.page, step: 2 }]);
		for (const tab of [one, two]) {
			await expect.poll(() => storedDone(tab.page)).toEqual([false, false, true, false, false]);
			await expect.poll(() => tab.ticked()).toEqual([false, false, true, false, false]);
		}

		// The Reset comes after the tick: everything is cleared.
		await clickTogether([{ page: two.page, step: 3 }]);
		await expect.poll(() => one.ticked()).toEqual([false, false, true, true, false]);
		await one.button('Reset').click();
		for (const tab of [one, two]) {
			await expect.poll(() => storedDone(tab.page)).toEqual([false, false, false, false, false]);
			await expect.poll(() => tab.ticked()).toEqual([false, false, false, false, false]);
		}
	});

	test('importing from another device merges: the phone keeps its ticks and gains the iPad’s', async ({
		checklist: phone,
		progress,
		newDevice,
	}) => {
		await phone.open(ARTICLE);
		await phone.tick(0, 1);

		const ipadPage = await newDevice();
		const ipad = new ChecklistPage(ipadPage);
		await ipad.open(ARTICLE);
		await ipad.tick(2);
		const ipadProgress = new ProgressPage(ipadPage);
		await ipadProgress.open();
		const file = await ipadProgress.exportFile();
		await ipadPage.context().close();

		await progress.open();
		await progress.importFile(file);
		await expect(progress.status).toHaveText('Merged progress for 1 checklist: 1 step added.');
		await expect(progress.main).toContainText('3 of 5 steps done');
		await phone.page.goto(ARTICLE);
		expect(await phone.ticked()).toEqual([true, true, true, false, false]);

		// The same file again adds nothing and removes nothing.
		await progress.open();
		await progress.importFile(file);
		await expect(progress.status).toHaveText(/^Nothing new to import/);
		await expect(progress.main).toContainText('3 of 5 steps done');
	});

	test('says storage is full when the quota is the reason, and keeps ticks while open', async ({
		page,
		checklist,
	}) => {
		await fillStorage(page);
		await checklist.open(ARTICLE);
		await checklist.box(0).check();
		await expect(checklist.status).toHaveText('1 of 5 done');
		await expect(page.getByText(/its storage is full/)).toHaveCount(1);
		await expect(page.getByText(/blocking storage/)).toHaveCount(0);
	});
});
