import { axeViolations, emulateTheme, expect, test } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { readPdf } from './pdf';
import { STORAGE_FULL as ARTICLE, WIFI_NETWORK as OTHER_ARTICLE } from './site-paths';
import { CORRUPT_MARK, blockStorage, legacyRecordKey, recordKey, seedStorageOnce } from './storage';

test.describe('checklist', () => {
	test('keeps a tick across a reload', async ({ page, checklist }) => {
		await checklist.open(ARTICLE);
		const first = checklist.box(0);

		// Tick the first step and see the count change.
		await first.check();
		await expect(checklist.status).toHaveText(/^1 of \d+ done$/);

		// Reload, as Safari does after a switch to Settings.
		await page.reload();
		await expect(first).toBeChecked();
		await checklist.waitForHydrated();
		await expect(checklist.status).toHaveText(/^1 of \d+ done$/);
	});

	test('loads the island and Preact only once the checklist is in view', async ({
		page,
		checklist,
	}) => {
		// A short window, so the checklist starts below the fold.
		await page.setViewportSize({ width: 390, height: 500 });
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.goto(ARTICLE);
		await page.waitForLoadState('networkidle');
		await expect(checklist.root).not.toBeInViewport();
		await expect(checklist.body).not.toHaveAttribute('data-hydrated');
		expect(scripts.filter((path) => /\/hydrate\.|preact/.test(path))).toEqual([]);

		await checklist.waitForHydrated();
		expect(scripts.some((path) => path.includes('/hydrate.'))).toBe(true);
		expect(scripts.some((path) => path.includes('preact'))).toBe(true);
	});

	test('keeps two tabs in sync', async ({ context }) => {
		const [one, two] = [
			new ChecklistPage(await context.newPage()),
			new ChecklistPage(await context.newPage()),
		];
		for (const tab of [one, two]) await tab.open(OTHER_ARTICLE);
		// Tick in one tab; the other follows through the storage event, without a reload.
		await one.box(1).check();
		await expect(two.box(1)).toBeChecked();
		await expect(two.status).toHaveText(/^1 of \d+ done$/);

		// Reset in the second tab; the first follows.
		await two.button('Reset').click();
		await expect(one.box(1)).not.toBeChecked();
	});

	test('resets with an undo', async ({ checklist }) => {
		await checklist.open(ARTICLE);
		await checklist.box(0).check();
		await checklist.button('Reset').click();
		await expect(checklist.box(0)).not.toBeChecked();
		// Focus moves to Undo, so a keyboard user can take it back at once.
		const undo = checklist.button('Undo reset');
		await expect(undo).toBeFocused();
		await undo.click();
		await expect(checklist.box(0)).toBeChecked();
	});

	test('still renders and works with corrupt progress in storage', async ({ page, checklist }) => {
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		await seedStorageOnce(page, {
			[legacyRecordKey({ page: ARTICLE, checklist: 'check-icloud-storage' })]:
				'{"schema":1,"steps":',
		});
		await checklist.open(ARTICLE);
		await expect(checklist.status).toHaveText(/^0 of \d+ done$/);
		expect(warnings.join('\n')).toContain('unreadable progress');

		// The bad record was set aside, not lost, and ticking works and saves again.
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys.some((key) => key.includes(CORRUPT_MARK))).toBe(true);
		await checklist.box(0).check();
		await page.reload();
		await expect(checklist.box(0)).toBeChecked();
	});

	test('works in memory when storage is disabled, and says so once', async ({
		page,
		checklist,
	}) => {
		await blockStorage(page);
		await checklist.open(ARTICLE);
		await checklist.box(0).check();
		await expect(checklist.status).toHaveText(/^1 of \d+ done$/);
		await expect(page.getByText(/won’t be saved on this device/)).toHaveCount(1);
	});

	test('marks a ticked step whose text changed since', async ({ page, checklist }) => {
		await page.goto(ARTICLE);
		const ids = await checklist.root.evaluate((section: HTMLElement) => ({
			checklist: section.dataset.checklist ?? '',
			steps: [...section.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset.step),
		}));
		// A tick saved when the first step had different wording (another hash), and one from
		// version 1, whose hashes were made another way and so never count as a change.
		const address = { page: ARTICLE, checklist: ids.checklist };
		await page.evaluate(
			({ steps, key, legacyKey }) => {
				const now = Date.now();
				const record = {
					pageTitle: 'Old',
					checklistTitle: 'Old',
					stepIds: steps,
					outcome: null,
					createdAt: now,
					updatedAt: now,
				};
				localStorage.setItem(
					key,
					JSON.stringify({
						...record,
						schema: 2,
						steps: { [steps[0] ?? '']: { done: true, at: now, hash: 'oldhash', text: 'Old' } },
						clearedAt: 0,
						outcomeAt: 0,
					})
				);
				localStorage.setItem(
					legacyKey,
					JSON.stringify({
						...record,
						schema: 1,
						steps: { [steps[1] ?? '']: { at: now, hash: 'oldhash', text: 'Old words' } },
					})
				);
			},
			{ steps: ids.steps, key: recordKey(address), legacyKey: legacyRecordKey(address) }
		);
		await page.reload();
		await checklist.waitForHydrated();
		await expect(checklist.box(0)).toBeChecked();
		await expect(checklist.box(1)).toBeChecked();
		await expect(checklist.root.getByText('Updated since you checked it')).toHaveCount(1);
		await expect(checklist.root.getByRole('listitem').first()).toContainText(
			'Updated since you checked it'
		);
	});

	test('offers to resume at the first step not done', async ({ page, checklist }) => {
		await checklist.open(ARTICLE);
		await checklist.box(0).check();
		await page.reload();
		const note = page.getByRole('complementary', { name: 'Your progress' });
		await expect(note).toContainText(/You’ve done 1 of \d+ steps/);
		await note.getByRole('link', { name: 'continue at step 2' }).click();
		await expect(checklist.box(1)).toBeFocused();
	});

	test('asks "Did this fix it?" and points onwards when it did not', async ({
		page,
		checklist,
	}) => {
		await checklist.open(ARTICLE);
		await checklist.button('No, still failing').click();
		// The article's nextFix when it has one, else the start page.
		const nextFix = (await page.locator('article').getAttribute('data-next-fix')) ?? '/';
		await expect(checklist.root.getByText('That didn’t fix it.')).toBeFocused();
		await expect(checklist.root.getByRole('link').last()).toHaveAttribute('href', nextFix);
		await checklist.button('Change answer').click();
		await checklist.button('Yes, it’s fixed').click();
		await expect(checklist.root).toContainText('Marked as solved on');

		// The start page now says the problem is solved, and where.
		await page.goto('/');
		const notice = page.getByRole('complementary', { name: 'Your backup problem' });
		await expect(notice).toBeVisible();
		await expect(notice.getByRole('link').first()).toHaveAttribute('href', ARTICLE);
		await expect(notice.getByRole('link', { name: 'See your progress' })).toHaveAttribute(
			'href',
			'/progress/'
		);
	});

	test('the start page says nothing about solving before anything is solved', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('complementary', { name: 'Your backup problem' })).toBeHidden();
	});

	for (const path of [ARTICLE, OTHER_ARTICLE]) {
		test(`prints the checklist alone on one page (${path})`, async ({ page, checklist }) => {
			await page.addInitScript(() => {
				window.print = () => {};
			});
			await checklist.open(path);
			await checklist.box(0).check();
			const firstWords = (await checklist.root.locator('.step-text').allInnerTexts()).map(
				(text) => text.trim().split(/\s+/)[0] ?? ''
			);
			for (const format of ['A4', 'Letter'] as const) {
				await checklist.button('Print checklist').click();
				await expect(page.locator('html')).toHaveClass(/print-checklists/);
				const { pages, text } = await readPdf(await page.pdf({ format }));
				expect(pages, `${format} pages`).toBe(1);
				// Every step, numbered, with the ticked one ticked.
				firstWords.forEach((word, index) => expect(text).toMatch(`${index + 1}. ${word}`));
				expect(text.match(/✓/g)).toHaveLength(1);
				expect(text).toContain(path);
				// No navigation, search or buttons.
				expect(text).not.toContain('Error messages');
				expect(text).not.toContain('Print checklist');
				expect(text).not.toContain('Did this fix it?');
				// Printing fires afterprint, which puts the page back as it was.
				await expect(page.locator('html')).not.toHaveClass(/print-checklists/);
			}
		});
	}

	test('prints the whole article cleanly with the browser’s own print', async ({
		page,
		checklist,
	}) => {
		await page.goto(ARTICLE);
		const title = (await checklist.root.locator('.checklist-title').innerText()).trim();
		const { text } = await readPdf(await page.pdf({ format: 'A4' }));
		expect(text).toContain(title);
		expect(text).not.toContain('Search Backup Rescue');
		expect(text).not.toContain('Print checklist');
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no axe violations once hydrated (${theme})`, async ({ page, checklist }) => {
			await emulateTheme(page, theme);
			await checklist.open(ARTICLE);
			await checklist.box(0).check();
			await page.reload();
			await checklist.waitForHydrated();
			await checklist.button('No, still failing').click();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test.describe('checklist without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the whole list with working checkboxes and no dead controls', async ({
		page,
		checklist,
	}) => {
		await page.goto(ARTICLE);
		expect(await checklist.boxes.count()).toBeGreaterThan(1);
		await checklist.box(0).check();
		await expect(checklist.box(0)).toBeChecked();
		await expect(checklist.root.getByRole('button')).toHaveCount(0);
	});
});
