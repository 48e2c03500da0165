import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { KEY_PREFIX, KEY_ROOT } from '../src/lib/progress/keys';
import {
	axeViolations,
	emulateTheme,
	expect,
	firstChecklist,
	importFile,
	test,
	waitForChecklist,
} from './test-utils';

const ARTICLE = '/fixes/storage-full/';

test.describe('progress page', () => {
	test('says there is nothing yet on a fresh device', async ({ page }) => {
		await page.goto('/progress/');
		await expect(page.getByText('No checklist progress on this device yet')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Export progress to a file' })).toBeDisabled();
		await expect(page.getByText(/Safari may clear them after 7 days/)).toBeVisible();
	});

	test('lists a checklist in progress with its page, count and a link', async ({ page }) => {
		const title = await tickFirstStep(page);
		await page.goto('/progress/');
		const entry = page.getByRole('listitem').filter({ hasText: title });
		await expect(entry.getByRole('heading', { level: 2 })).toHaveText(title);
		await expect(entry).toContainText(/1 of \d+ steps done/);
		await entry.getByRole('link', { name: /Open the checklist/ }).click();
		await expect(page).toHaveURL(new RegExp(`${ARTICLE}#`));
	});

	test('copies a plain-text summary for Apple Support', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const title = await tickFirstStep(page);
		await firstChecklist(page).getByRole('button', { name: 'No, still failing' }).click();
		await page.goto('/progress/');
		await page.getByRole('button', { name: 'Copy a summary for Apple Support' }).click();
		await expect(page.getByRole('main').getByRole('status')).toHaveText(/Summary copied/);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain(title);
		expect(copied).toMatch(/1 of \d+ steps done/);
		expect(copied).toContain('Did not help:');
		await expect(page.getByLabel('Summary for Apple Support')).toHaveValue(copied);
	});

	test('exports progress and imports it into a fresh browser', async ({ page, browser }) => {
		await tickFirstStep(page);
		await page.goto('/progress/');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress to a file' }).click();
		const file = await (await download).path();

		// A new context has empty storage, like another browser or a wiped Safari.
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto('/progress/');
		await importFile(other, file);
		await expect(other.getByRole('main').getByRole('status')).toHaveText(
			'Merged progress for 1 checklist: 1 step added.'
		);
		await other.goto(ARTICLE);
		await expect(firstChecklist(other).getByRole('checkbox').first()).toBeChecked();
		await fresh.close();
	});

	test('refuses a bad import file and changes nothing', async ({ page }) => {
		await tickFirstStep(page);
		await page.goto('/progress/');
		const before = await storedProgress(page);
		const dir = mkdtempSync(join(tmpdir(), 'progress-import-'));
		const bad = {
			'not-json.json': 'this is not JSON',
			'other-app.json': JSON.stringify({ app: 'something-else', records: [] }),
			'damaged.json': JSON.stringify({
				app: 'backup-rescue-progress',
				schema: 1,
				records: [{ page: '/fixes/storage-full/', checklist: 'check-icloud-storage', schema: 1 }],
			}),
		};
		for (const [name, text] of Object.entries(bad)) {
			writeFileSync(join(dir, name), text);
			await importFile(page, join(dir, name));
			await expect(page.getByRole('main').getByRole('status')).toContainText(
				'Nothing was changed.'
			);
			expect(await storedProgress(page)).toEqual(before);
		}
	});

	test('forgets all progress on this device', async ({ page }) => {
		await tickFirstStep(page);
		await page.goto('/progress/');
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Forget all progress on this device' }).click();
		await expect(page.getByText('No checklist progress on this device yet')).toBeVisible();
		expect(await storedProgress(page)).toEqual({});
	});

	test('lists the good records when others are damaged, and links only within the site', async ({
		page,
	}) => {
		await tickFirstStep(page);
		await page.evaluate((root) => {
			const now = Date.now();
			const record = (page: string, updatedAt: number) =>
				JSON.stringify({
					schema: 2,
					pageTitle: 'Odd',
					checklistTitle: 'Odd',
					stepIds: ['a'],
					steps: { a: { done: true, at: 1, hash: '', text: 'A' } },
					clearedAt: 0,
					outcome: { kind: 'solved', at: 1 },
					outcomeAt: 1,
					createdAt: 1,
					updatedAt,
					page,
				});
			localStorage.setItem(
				`${root}/fixes/wifi-network/#check-wifi`,
				record('/fixes/wifi-network/', 1e16)
			);
			localStorage.setItem(`${root}//evil.example#check`, record('//evil.example', now));
			localStorage.setItem(`${root}//2130706433/#check`, record('//2130706433/', now));
		}, KEY_PREFIX);
		await page.goto('/progress/');
		const main = page.getByRole('main');
		await expect(main).toContainText(/1 of \d+ steps done/);
		await expect(main.getByRole('listitem')).toHaveCount(1);
		const hrefs = await main
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(new URL(href).origin).toBe(new URL(page.url()).origin);
		await page.getByRole('button', { name: 'Copy a summary for Apple Support' }).click();
		await expect(page.getByLabel('Summary for Apple Support')).toHaveValue(/1 of \d+ steps done/);
		// The start page's notice is not blanked by them either.
		await page.goto('/');
		await expect(page.getByText('Invalid Date')).toHaveCount(0);
	});

	test('the summary for Apple Support reads each step as the page does', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await tickFirstStep(page);
		// The first step of storage-full opens a Settings path.
		const stepText = (await firstChecklist(page).locator('.step-text').first().innerText())
			.replace(/\s+/g, ' ')
			.trim();
		await page.goto('/progress/');
		await page.getByRole('button', { name: 'Copy a summary for Apple Support' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('- Open Settings > [your name] > iCloud');
		expect(copied).not.toMatch(/›|, then/);
		expect(stepText).toContain('Settings');
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no axe violations (${theme})`, async ({ page }) => {
			await emulateTheme(page, theme);
			await tickFirstStep(page);
			await page.goto('/progress/');
			await page.getByRole('button', { name: 'Copy a summary for Apple Support' }).click();
			await expect(page.getByRole('main').getByRole('status')).not.toBeEmpty();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

/** Tick the first step of the first checklist on the article; returns the page's title. */
async function tickFirstStep(page: Page): Promise<string> {
	await page.goto(ARTICLE);
	await waitForChecklist(page);
	await firstChecklist(page).getByRole('checkbox').first().check();
	return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

/** Every progress key and value in this page's storage. */
function storedProgress(page: Page): Promise<Record<string, string>> {
	return page.evaluate(
		(root) =>
			Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith(root))),
		KEY_ROOT
	);
}
