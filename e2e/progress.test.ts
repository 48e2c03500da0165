import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, emulateTheme, expect, test } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { ProgressPage } from './pages/progress-page';
import { STORAGE_FULL as ARTICLE } from './site-paths';
import { recordKey, storedProgress } from './storage';

test.describe('progress page', () => {
	test('says there is nothing yet on a fresh device', async ({ page, progress }) => {
		await progress.open();
		await expect(page.getByText('No checklist progress on this device yet')).toBeVisible();
		await expect(progress.button('Export progress to a file')).toBeDisabled();
		await expect(
			page.getByText(/Clearing the browser’s history or website data deletes them/)
		).toBeVisible();
	});

	test('lists a checklist in progress with its page, count and a link', async ({
		page,
		checklist,
		progress,
	}) => {
		const title = await tickFirstStep(checklist);
		await progress.open();
		const entry = page.getByRole('listitem').filter({ hasText: title });
		await expect(entry.getByRole('heading', { level: 2 })).toHaveText(title);
		await expect(entry).toContainText(/1 of \d+ steps done/);
		await entry.getByRole('link', { name: /Open the checklist/ }).click();
		await expect(page).toHaveURL(new RegExp(`${ARTICLE}#`));
	});

	test('copies a plain-text summary for Apple Support', async ({
		checklist,
		progress,
		clipboard,
	}) => {
		const title = await tickFirstStep(checklist);
		await checklist.button('No, still failing').click();
		await progress.open();
		await progress.button('Copy a summary for Apple Support').click();
		await expect(progress.status).toHaveText(/Summary copied/);
		const copied = await clipboard.read();
		expect(copied).toContain(title);
		expect(copied).toMatch(/1 of \d+ steps done/);
		expect(copied).toContain('Did not help:');
		await expect(progress.summary).toHaveValue(copied);
	});

	test('exports progress and imports it into a fresh browser', async ({
		checklist,
		progress,
		newDevice,
	}) => {
		await tickFirstStep(checklist);
		await progress.open();
		const file = await progress.exportFile();

		// A new context has empty storage, like another browser or a wiped Safari.
		const other = await newDevice();
		const otherProgress = new ProgressPage(other);
		await otherProgress.open();
		await otherProgress.importFile(file);
		await expect(otherProgress.status).toHaveText('Merged progress for 1 checklist: 1 step added.');
		await other.goto(ARTICLE);
		await expect(new ChecklistPage(other).box(0)).toBeChecked();
	});

	test('refuses a bad import file and changes nothing', async ({ page, checklist, progress }) => {
		await tickFirstStep(checklist);
		await progress.open();
		const before = await storedProgress(page);
		const dir = mkdtempSync(join(tmpdir(), 'progress-import-'));
		const bad = {
			'not-json.json': 'this is not JSON',
			'other-app.json': JSON.stringify({ app: 'something-else', records: [] }),
			'damaged.json': JSON.stringify({
				app: 'backup-rescue-progress',
				schema: 1,
				records: [{ page: ARTICLE, checklist: 'check-icloud-storage', schema: 1 }],
			}),
		};
		for (const [name, text] of Object.entries(bad)) {
			writeFileSync(join(dir, name), text);
			await progress.importFile(join(dir, name));
			await expect(progress.status).toContainText('Nothing was changed.');
			expect(await storedProgress(page)).toEqual(before);
		}
	});

	test('forgets all progress on this device', async ({ page, checklist, progress }) => {
		await tickFirstStep(checklist);
		await progress.open();
		page.once('dialog', (dialog) => dialog.accept());
		await progress.button('Forget all progress on this device').click();
		await expect(page.getByText('No checklist progress on this device yet')).toBeVisible();
		expect(await storedProgress(page)).toEqual({});
	});

	test('says so when the code behind Continue on another device is lost, and keeps the progress', async ({
		page,
		checklist,
		progress,
	}) => {
		await tickFirstStep(checklist);
		const before = await storedProgress(page);
		await page.route('**/_astro/continue-share.*.js', (route) => route.abort());
		await progress.open();
		await progress.button('Continue on another device').click();
		await expect(progress.status).toContainText('could not load. Check your connection');
		expect(await storedProgress(page)).toEqual(before);
	});

	test('lists the good records when others are damaged, and links only within the site', async ({
		page,
		checklist,
		progress,
	}) => {
		await tickFirstStep(checklist);
		// One record with an impossible date, two whose pages lead off the site.
		const keys = {
			wifi: recordKey({ page: '/fixes/wifi-network/', checklist: 'check-wifi' }),
			evil: recordKey({ page: '//evil.example', checklist: 'check' }),
			numeric: recordKey({ page: '//2130706433/', checklist: 'check' }),
		};
		await page.evaluate((keys) => {
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
			localStorage.setItem(keys.wifi, record('/fixes/wifi-network/', 1e16));
			localStorage.setItem(keys.evil, record('//evil.example', now));
			localStorage.setItem(keys.numeric, record('//2130706433/', now));
		}, keys);
		await progress.open();
		await expect(progress.main).toContainText(/1 of \d+ steps done/);
		await expect(progress.main.getByRole('listitem')).toHaveCount(1);
		const hrefs = await progress.main
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(new URL(href).origin).toBe(new URL(page.url()).origin);
		await progress.button('Copy a summary for Apple Support').click();
		await expect(progress.summary).toHaveValue(/1 of \d+ steps done/);
		// The start page's notice is not blanked by them either.
		await page.goto('/');
		await expect(page.getByText('Invalid Date')).toHaveCount(0);
	});

	test('the summary for Apple Support reads each step as the page does', async ({
		checklist,
		progress,
		clipboard,
	}) => {
		await tickFirstStep(checklist);
		// The first step of storage-full opens a Settings path.
		const stepText = (await checklist.root.locator('.step-text').first().innerText())
			.replace(/\s+/g, ' ')
			.trim();
		await progress.open();
		await progress.button('Copy a summary for Apple Support').click();
		const copied = await clipboard.read();
		expect(copied).toContain('- Open Settings > [your name] > iCloud');
		expect(copied).not.toMatch(/›|, then/);
		expect(stepText).toContain('Settings');
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no axe violations (${theme})`, async ({ page, checklist, progress }) => {
			await emulateTheme(page, theme);
			await tickFirstStep(checklist);
			await progress.open();
			await progress.button('Copy a summary for Apple Support').click();
			await expect(progress.status).not.toBeEmpty();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

/** Tick the first step of the first checklist on the article; returns the page's title. */
async function tickFirstStep(checklist: ChecklistPage): Promise<string> {
	await checklist.open(ARTICLE);
	await checklist.box(0).check();
	return (await checklist.page.getByRole('heading', { level: 1 }).innerText()).trim();
}
