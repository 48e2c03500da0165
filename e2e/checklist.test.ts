import {
	axeViolations,
	emulateTheme,
	expect,
	firstChecklist,
	test,
	waitForChecklist,
} from './test-utils';
import { recordKey } from '../src/lib/progress/keys';
import { readPdf } from './pdf';

const ARTICLE = '/fixes/storage-full/';
const OTHER_ARTICLE = '/fixes/wifi-network/';

test.describe('checklist', () => {
	test('keeps a tick across a reload', async ({ page }) => {
		await page.goto(ARTICLE);
		await waitForChecklist(page);
		const checklist = firstChecklist(page);
		const first = checklist.getByRole('checkbox').first();

		// Tick the first step and see the count change.
		await first.check();
		await expect(checklist.getByRole('status')).toHaveText(/^1 of \d+ done$/);

		// Reload, as Safari does after a switch to Settings.
		await page.reload();
		await expect(first).toBeChecked();
		await waitForChecklist(page);
		await expect(checklist.getByRole('status')).toHaveText(/^1 of \d+ done$/);
	});

	test('loads the island and Preact only once the checklist is in view', async ({ page }) => {
		// A short window, so the checklist starts below the fold.
		await page.setViewportSize({ width: 390, height: 500 });
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.goto(ARTICLE);
		await page.waitForLoadState('networkidle');
		const body = firstChecklist(page).locator('[data-checklist-body]');
		await expect(firstChecklist(page)).not.toBeInViewport();
		await expect(body).not.toHaveAttribute('data-hydrated');
		expect(scripts.filter((path) => /\/hydrate\.|preact/.test(path))).toEqual([]);

		await waitForChecklist(page);
		expect(scripts.some((path) => path.includes('/hydrate.'))).toBe(true);
		expect(scripts.some((path) => path.includes('preact'))).toBe(true);
	});

	test('keeps two tabs in sync', async ({ context }) => {
		const [one, two] = [await context.newPage(), await context.newPage()];
		for (const tab of [one, two]) {
			await tab.goto(OTHER_ARTICLE);
			await waitForChecklist(tab);
		}
		// Tick in one tab; the other follows through the storage event, without a reload.
		await firstChecklist(one).getByRole('checkbox').nth(1).check();
		await expect(firstChecklist(two).getByRole('checkbox').nth(1)).toBeChecked();
		await expect(firstChecklist(two).getByRole('status')).toHaveText(/^1 of \d+ done$/);

		// Reset in the second tab; the first follows.
		await firstChecklist(two).getByRole('button', { name: 'Reset' }).click();
		await expect(firstChecklist(one).getByRole('checkbox').nth(1)).not.toBeChecked();
	});

	test('resets with an undo', async ({ page }) => {
		await page.goto(ARTICLE);
		await waitForChecklist(page);
		const checklist = firstChecklist(page);
		await checklist.getByRole('checkbox').first().check();
		await checklist.getByRole('button', { name: 'Reset' }).click();
		await expect(checklist.getByRole('checkbox').first()).not.toBeChecked();
		// Focus moves to Undo, so a keyboard user can take it back at once.
		const undo = checklist.getByRole('button', { name: 'Undo reset' });
		await expect(undo).toBeFocused();
		await undo.click();
		await expect(checklist.getByRole('checkbox').first()).toBeChecked();
	});

	test('still renders and works with corrupt progress in storage', async ({ page }) => {
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		await page.addInitScript(() => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			localStorage.setItem(
				'backup-rescue:progress:v1:/fixes/storage-full/#check-icloud-storage',
				'{"schema":1,"steps":'
			);
		});
		await page.goto(ARTICLE);
		await waitForChecklist(page);
		const checklist = firstChecklist(page);
		await expect(checklist.getByRole('status')).toHaveText(/^0 of \d+ done$/);
		expect(warnings.join('\n')).toContain('unreadable progress');

		// The bad record was set aside, not lost, and ticking works and saves again.
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys.some((key) => key.includes(':corrupt:'))).toBe(true);
		await checklist.getByRole('checkbox').first().check();
		await page.reload();
		await expect(checklist.getByRole('checkbox').first()).toBeChecked();
	});

	test('works in memory when storage is disabled, and says so once', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		await page.goto(ARTICLE);
		await waitForChecklist(page);
		const checklist = firstChecklist(page);
		await checklist.getByRole('checkbox').first().check();
		await expect(checklist.getByRole('status')).toHaveText(/^1 of \d+ done$/);
		await expect(page.getByText(/won’t be saved on this device/)).toHaveCount(1);
	});

	test('marks a ticked step whose text changed since', async ({ page }) => {
		await page.goto(ARTICLE);
		const checklist = firstChecklist(page);
		const ids = await checklist.evaluate((section: HTMLElement) => ({
			page: location.pathname,
			checklist: section.dataset.checklist,
			steps: [...section.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset.step),
		}));
		// A tick saved when the first step had different wording (another hash), and one from
		// version 1, whose hashes were made another way and so never count as a change.
		const key = recordKey({ page: ARTICLE, checklist: ids.checklist ?? '' });
		await page.evaluate(
			(ids) => {
				const now = Date.now();
				const record = {
					pageTitle: 'Old',
					checklistTitle: 'Old',
					stepIds: ids.steps,
					outcome: null,
					createdAt: now,
					updatedAt: now,
				};
				localStorage.setItem(
					ids.key,
					JSON.stringify({
						...record,
						schema: 2,
						steps: { [ids.steps[0] ?? '']: { done: true, at: now, hash: 'oldhash', text: 'Old' } },
						clearedAt: 0,
						outcomeAt: 0,
					})
				);
				localStorage.setItem(
					`backup-rescue:progress:v1:${ids.page}#${ids.checklist}`,
					JSON.stringify({
						...record,
						schema: 1,
						steps: { [ids.steps[1] ?? '']: { at: now, hash: 'oldhash', text: 'Old words' } },
					})
				);
			},
			{ ...ids, key }
		);
		await page.reload();
		await waitForChecklist(page);
		await expect(checklist.getByRole('checkbox').first()).toBeChecked();
		await expect(checklist.getByRole('checkbox').nth(1)).toBeChecked();
		await expect(checklist.getByText('Updated since you checked it')).toHaveCount(1);
		await expect(checklist.getByRole('listitem').first()).toContainText(
			'Updated since you checked it'
		);
	});

	test('offers to resume at the first step not done', async ({ page }) => {
		await page.goto(ARTICLE);
		await waitForChecklist(page);
		await firstChecklist(page).getByRole('checkbox').first().check();
		await page.reload();
		const note = page.getByRole('complementary', { name: 'Your progress' });
		await expect(note).toContainText(/You’ve done 1 of \d+ steps/);
		await note.getByRole('link', { name: 'continue at step 2' }).click();
		await expect(firstChecklist(page).getByRole('checkbox').nth(1)).toBeFocused();
	});

	test('asks "Did this fix it?" and points onwards when it did not', async ({ page }) => {
		await page.goto(ARTICLE);
		await waitForChecklist(page);
		const checklist = firstChecklist(page);
		await checklist.getByRole('button', { name: 'No, still failing' }).click();
		// The article's nextFix when it has one, else the start page.
		const nextFix = (await page.locator('article').getAttribute('data-next-fix')) ?? '/';
		await expect(checklist.getByText('That didn’t fix it.')).toBeFocused();
		await expect(checklist.getByRole('link').last()).toHaveAttribute('href', nextFix);
		await checklist.getByRole('button', { name: 'Change answer' }).click();
		await checklist.getByRole('button', { name: 'Yes, it’s fixed' }).click();
		await expect(checklist).toContainText('Marked as solved on');

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
		test(`prints the checklist alone on one page (${path})`, async ({ page }) => {
			await page.addInitScript(() => {
				window.print = () => {};
			});
			await page.goto(path);
			await waitForChecklist(page);
			const checklist = firstChecklist(page);
			await checklist.getByRole('checkbox').first().check();
			const firstWords = (await checklist.locator('.step-text').allInnerTexts()).map(
				(text) => text.trim().split(/\s+/)[0] ?? ''
			);
			for (const format of ['A4', 'Letter'] as const) {
				await checklist.getByRole('button', { name: 'Print checklist' }).click();
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

	test('prints the whole article cleanly with the browser’s own print', async ({ page }) => {
		await page.goto(ARTICLE);
		const title = (await firstChecklist(page).locator('.checklist-title').innerText()).trim();
		const { text } = await readPdf(await page.pdf({ format: 'A4' }));
		expect(text).toContain(title);
		expect(text).not.toContain('Search Backup Rescue');
		expect(text).not.toContain('Print checklist');
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no axe violations once hydrated (${theme})`, async ({ page }) => {
			await emulateTheme(page, theme);
			await page.goto(ARTICLE);
			await waitForChecklist(page);
			await firstChecklist(page).getByRole('checkbox').first().check();
			await page.reload();
			await waitForChecklist(page);
			await firstChecklist(page).getByRole('button', { name: 'No, still failing' }).click();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test.describe('checklist without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the whole list with working checkboxes and no dead controls', async ({ page }) => {
		await page.goto(ARTICLE);
		const checklist = firstChecklist(page);
		const boxes = checklist.getByRole('checkbox');
		expect(await boxes.count()).toBeGreaterThan(1);
		await boxes.first().check();
		await expect(boxes.first()).toBeChecked();
		await expect(checklist.getByRole('button')).toHaveCount(0);
	});
});
