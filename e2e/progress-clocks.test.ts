import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { ProgressPage } from './pages/progress-page';
import { STORAGE_FULL as ARTICLE } from './site-paths';
import { CORRUPT_MARK, recordKey, storedProgress } from './storage';
import { manyRecordsExport } from '../scripts/lib/many-records-export.mjs';

/**
 * Progress made on wrong clocks: a phone two days ahead then put right, a device a year behind,
 * two devices a day apart. Whatever the clocks said, nothing ticked is lost or hidden, the next
 * tick sticks, and every message the reader sees is true.
 */

const DAY = 24 * 60 * 60 * 1000;
const KEY = recordKey({ page: ARTICLE, checklist: 'check-icloud-storage' });

/** Open the article on this page and tick these steps of its first checklist. */
async function tick(page: Page, positions: number[]): Promise<ChecklistPage> {
	const checklist = new ChecklistPage(page);
	await checklist.open(ARTICLE);
	await checklist.tick(...positions);
	return checklist;
}

/** The article's first checklist as shown after a reload: which boxes are ticked, and the count. */
async function afterReload(
	checklist: ChecklistPage
): Promise<{ ticked: boolean[]; count: string }> {
	await checklist.open(ARTICLE);
	return { ticked: await checklist.ticked(), count: (await checklist.status.innerText()).trim() };
}

test.describe('progress on wrong clocks', () => {
	test('a clock two days ahead, then put right: every tick stays, and the next ones stick', async ({
		page,
		progress,
	}) => {
		const warnings: string[] = [];
		page.on('console', (message) => warnings.push(message.text()));
		await page.clock.install({ time: Date.now() + 2 * DAY });
		const checklist = await tick(page, [0, 1]);
		// Reset and ticked again, all on the fast clock.
		await checklist.button('Reset').click();
		await checklist.tick(0, 1);

		// The reader turns on Set Automatically: the clock goes back two days, in the same tab.
		await page.clock.setSystemTime(Date.now());
		await checklist.tick(2);
		await checklist.box(1).uncheck();
		expect(await checklist.ticked()).toEqual([true, false, true, false, false]);
		expect(await afterReload(checklist)).toEqual({
			ticked: [true, false, true, false, false],
			count: '2 of 5 done',
		});
		// A Reset now clears the ticks from the fast clock, and a tick after it sticks.
		await checklist.button('Reset').click();
		await checklist.tick(3);
		expect(await afterReload(checklist)).toEqual({
			ticked: [false, false, false, true, false],
			count: '1 of 5 done',
		});

		// Nothing was set aside, and the progress page, summary and export all show it.
		expect(Object.keys(await storedProgress(page))).toEqual([KEY]);
		expect(warnings.join('\n')).not.toContain('unreadable');
		await progress.open();
		await expect(progress.main).toContainText('1 of 5 steps done');
		await expect(
			page.getByRole('region', { name: 'Progress that could not be read' })
		).toBeHidden();
		await progress.button('Copy a summary for Apple Support').click();
		await expect(progress.summary).toHaveValue(/1 of 5 steps done/);
		const file = JSON.parse(await readFile(await progress.exportFile(), 'utf8'));
		expect(file.records).toHaveLength(1);
	});

	test('a record an older version set aside for a future time comes back, and says so', async ({
		page,
		progress,
	}) => {
		await tick(page, [0]);
		const stored = (await storedProgress(page))[KEY]!;
		// What the previous version did with a record ticked more than a day ahead.
		const ahead = JSON.parse(stored);
		const id = Object.keys(ahead.steps)[0]!;
		ahead.steps[id].at = Date.now() + 3 * DAY;
		ahead.updatedAt = Date.now() + 3 * DAY;
		await page.evaluate(
			({ key, copy, value }) => {
				localStorage.removeItem(key);
				localStorage.setItem(copy, value);
			},
			{ key: KEY, copy: `${KEY}${CORRUPT_MARK}1`, value: JSON.stringify(ahead) }
		);
		await progress.open();
		await expect(progress.status).toHaveText(
			'1 saved copy of your progress that could not be read before was read again and added back.'
		);
		await expect(progress.main).toContainText('1 of 5 steps done');
		expect(Object.keys(await storedProgress(page))).toEqual([KEY]);
	});

	test('a device a year behind hands over its newer ticks by file, and the message is true', async ({
		page: phone,
		newDevice,
	}) => {
		// The phone (right clock) ticks step 1, then unticks it.
		const phoneChecklist = await tick(phone, [0]);
		await phoneChecklist.box(0).uncheck();

		// The iPad's clock is a year behind; it ticks steps 1 and 2 after the phone's untick.
		const ipad = await newDevice();
		await ipad.clock.install({ time: Date.now() - 365 * DAY });
		await tick(ipad, [0, 1]);
		const ipadProgress = new ProgressPage(ipad);
		await ipadProgress.open();
		await expect(ipadProgress.main).toContainText('2 of 5 steps done');
		const file = await ipadProgress.exportFile();

		const progress = new ProgressPage(phone);
		await progress.open();
		await progress.importFile(file);
		await expect(progress.status).toHaveText('Merged progress for 1 checklist: 2 steps added.');
		expect((await afterReload(phoneChecklist)).ticked).toEqual([true, true, false, false, false]);
	});

	for (const [name, offset] of [
		['a day ahead', DAY],
		['a day behind', -DAY],
	] as const) {
		test(`a link from a device ${name} keeps its newer ticks, both ways`, async ({
			page: phone,
			newDevice,
		}) => {
			// The phone unticks step 3, before the other device ticks it.
			const phoneChecklist = await tick(phone, [2]);
			await phoneChecklist.box(2).uncheck();

			const other = await newDevice();
			await other.clock.install({ time: Date.now() + offset });
			await tick(other, [2, 3]);
			const { link } = await new ProgressPage(other).linkToAll();
			await phone.goto(link);
			await phone.getByRole('dialog').getByRole('button', { name: 'Add to this device' }).click();
			await expect(new ProgressPage(phone).status).toHaveText(
				'Merged progress for 1 checklist: 2 steps added.'
			);
			await expect(new ProgressPage(phone).main).toContainText('2 of 5 steps done');
			expect((await afterReload(phoneChecklist)).ticked).toEqual([false, false, true, true, false]);

			// And back: the phone unticks step 4 and sends its own link. Unticks never travel, so the
			// other device has nothing new, is told so, and loses nothing.
			await phoneChecklist.box(3).uncheck();
			const back = await new ProgressPage(phone).linkToAll();
			await other.goto(back.link);
			await other.getByRole('dialog').getByRole('button', { name: 'Add to this device' }).click();
			await expect(new ProgressPage(other).status).toHaveText(/^Nothing new to import/);
			await expect(new ProgressPage(other).main).toContainText('2 of 5 steps done');
		});
	}
});

test.describe('progress messages are true', () => {
	test('a thousand-record import keeps the page responsive', async ({ page, progress }) => {
		test.setTimeout(90_000);
		const file = manyRecordsExport(1000, Date.now());
		await progress.open();
		// The page's turns while the import runs: a task that queues itself again each time it runs
		// gets a turn only when the import gives the main thread back. Counted, not timed, so a busy
		// machine cannot fail it; how long the turns wait is a benchmark's business, not a test's.
		await page.evaluate(() => {
			const state = window as unknown as { turns: number; counting: boolean };
			state.turns = 0;
			state.counting = false;
			const turn = () => {
				if (!state.counting) return;
				state.turns += 1;
				setTimeout(turn, 0);
			};
			// Counting stops when the page says the merge is done: an idle page would count on.
			const status = document.querySelector('[data-progress-status]');
			new MutationObserver(() => {
				if (status?.textContent?.startsWith('Merged')) state.counting = false;
			}).observe(status!, { childList: true, characterData: true, subtree: true });
			// Capturing, so counting starts before the page's own handler starts the import.
			document.addEventListener(
				'change',
				() => {
					state.counting = true;
					setTimeout(turn, 0);
				},
				{ capture: true, once: true }
			);
		});
		// Chosen by path, as a reader's file picker gives it: a buffer would be decoded by
		// Playwright's own script in the page, on the main thread this test is measuring.
		const path = join(await mkdtemp(join(tmpdir(), 'progress-import-')), 'progress.json');
		await writeFile(path, file);
		const chooser = page.waitForEvent('filechooser');
		await progress.button('Import progress from a file').click();
		await (await chooser).setFiles(path);
		// Waited for with plain DOM queries: role locators over a thousand entries would take the
		// page's main thread for themselves, and be measured with it.
		await page.waitForFunction(
			() =>
				document.querySelector('[data-progress-status]')?.textContent?.startsWith('Merged') &&
				document.querySelectorAll('[data-progress-list] > li').length === 1000,
			null,
			{ timeout: 60_000, polling: 250 }
		);
		const turns = await page.evaluate(() => {
			const state = window as unknown as { turns: number };
			return state.turns;
		});
		test
			.info()
			.annotations.push({ type: 'turns the page had during the import', description: `${turns}` });
		// A thousand records in slices of 25, read then merged: dozens of pauses. An import that
		// held the main thread from start to end would leave the page one or two turns.
		expect(turns).toBeGreaterThanOrEqual(40);
		await expect(progress.status).toHaveText(
			'Merged progress for 1000 checklists: 2000 steps added.'
		);
		await expect(progress.main.getByRole('heading', { level: 2 })).toHaveCount(1000);
		await expect(progress.main.getByText('2 of 3 steps done').first()).toBeVisible();
	});

	test('“storage is full” goes once saving works again, and nothing ticked meanwhile is lost', async ({
		page,
		checklist,
	}) => {
		await page.addInitScript(() => {
			const state = window as unknown as { storageFull: boolean };
			state.storageFull = true;
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (state.storageFull) throw new DOMException('Quota exceeded', 'QuotaExceededError');
				setItem.call(this, key, value);
			};
		});
		await checklist.open(ARTICLE);
		await checklist.tick(0);
		await expect(checklist.root.getByText(/its storage is full/)).toBeVisible();
		// The reader frees some space; the next tick is saved, with the one before it.
		await page.evaluate(
			() => ((window as unknown as { storageFull: boolean }).storageFull = false)
		);
		await checklist.tick(1);
		await expect(checklist.root.getByText(/storage is full/)).toHaveCount(0);
		await expect(checklist.status).toHaveText('2 of 5 done');
		expect(Object.keys(await storedProgress(page))).toEqual([KEY]);
	});

	test('an import into a browser that blocks storage never says “Merged”', async ({
		page,
		newDevice,
	}) => {
		const other = await newDevice();
		await tick(other, [0]);
		await new ProgressPage(other).open();
		const file = await new ProgressPage(other).exportFile();
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		const progress = new ProgressPage(page);
		await progress.open();
		await expect(progress.status).toHaveText(/blocking storage/);
		await progress.importFile(file);
		await expect(progress.status).toHaveText(
			'Added progress for 1 checklist: 1 step added. This browser is not saving progress right now, so it is shown only until you close this page.'
		);
		await expect(progress.main).toContainText('1 of 5 steps done');
	});

	test('each press of Print checklist prints one “printed” line', async ({ page, checklist }) => {
		// A print dialog that never fires afterprint, as some browsers do when it is cancelled.
		await page.addInitScript(() => {
			window.print = () => {};
		});
		await checklist.open(ARTICLE);
		for (let press = 0; press < 3; press++) await checklist.button('Print checklist').click();
		await expect(page.locator('.print-meta')).toHaveCount(1);
		await expect(page.getByText(/· printed /)).toHaveCount(1);
	});

	test('“Yes, it’s fixed” pressed before the island has loaded is kept and shown', async ({
		page,
		checklist,
	}) => {
		await page.route('**/_astro/hydrate.*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 3000));
			await route.continue();
		});
		await page.goto(ARTICLE);
		await checklist.root.scrollIntoViewIfNeeded();
		await expect(checklist.body).not.toHaveAttribute('data-hydrated');
		await checklist.button('Yes, it’s fixed').click();
		await expect
			.poll(async () => JSON.parse((await storedProgress(page))[KEY] ?? '{}').outcome?.kind)
			.toBe('solved');
		await checklist.waitForHydrated(20_000);
		await expect(checklist.root).toContainText('Marked as solved on');
		await page.unrouteAll({ behavior: 'wait' });
	});

	test('progress that could not be read is shown, kept from Forget all, saved and deleted on request', async ({
		page,
		checklist,
		progress,
	}) => {
		await checklist.open(ARTICLE);
		await checklist.tick(1);
		await page.evaluate(
			(copy) => localStorage.setItem(copy, '{"schema":2,"steps":'),
			`${KEY}${CORRUPT_MARK}7`
		);
		await checklist.open(ARTICLE);
		await expect(checklist.root).toContainText(
			'Some progress saved earlier for this checklist could not be read. It is kept on Your progress.'
		);
		await progress.open();
		const setAside = page.getByRole('region', { name: 'Progress that could not be read' });
		await expect(setAside).toContainText('1 saved copy of your progress could not be read');
		expect(await axeViolations(page)).toEqual([]);

		// Forget all says the copy is kept, and keeps it.
		let question = '';
		page.once('dialog', (dialog) => {
			question = dialog.message();
			void dialog.accept();
		});
		await progress.button('Forget all progress on this device').click();
		expect(question).toContain('Copies that could not be read are kept');
		await expect(progress.status).toHaveText(
			'All progress on this device was forgotten. 1 copy that could not be read is still kept below.'
		);
		await expect(setAside).toBeVisible();

		const download = page.waitForEvent('download');
		await setAside.getByRole('button', { name: 'Save these copies as a file' }).click();
		const saved = await (await download).createReadStream();
		let text = '';
		for await (const chunk of saved) text += String(chunk);
		expect(JSON.parse(text)).toEqual([
			{ key: `${KEY}${CORRUPT_MARK}7`, stored: '{"schema":2,"steps":' },
		]);

		page.once('dialog', (dialog) => void dialog.accept());
		await setAside.getByRole('button', { name: 'Delete these copies' }).click();
		await expect(setAside).toBeHidden();
		expect(await storedProgress(page)).toEqual({});
	});
});
