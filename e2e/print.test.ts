import { test, expect } from './fixtures';
import { readPdf } from './pdf';
import { STORAGE_FULL, WHATS_IN_A_BACKUP } from './site-paths';

test.describe('print', () => {
	test('hides the site chrome and shows where external links go', async ({ page }) => {
		await page.goto(STORAGE_FULL);
		await page.emulateMedia({ media: 'print' });
		for (const name of ['Main', 'Docs', 'Breadcrumb']) {
			await expect(page.getByRole('navigation', { name, includeHidden: true })).toBeHidden();
		}
		await expect(page.getByRole('search').first()).toBeHidden();
		await expect(page.getByLabel('Theme')).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
		await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('color', 'rgb(0, 0, 0)');

		// External links print their address after the text.
		const added = await page.evaluate(() => {
			const link = document.createElement('a');
			link.href = 'https://www.apple.com/support/systemstatus/';
			link.textContent = 'status';
			document.querySelector('.docs-article .content')?.append(link);
			return getComputedStyle(link, '::after').content;
		});
		expect(added).toContain('https://www.apple.com/support/systemstatus/');
	});

	test('a short page prints on one sheet, footer included', async ({ page, progress }) => {
		// /progress/ is a screen tall on screens; on paper that height would push the footer over.
		await progress.open();
		const { pages, text } = await readPdf(await page.pdf({ format: 'A4' }));
		expect(pages).toBe(1);
		expect(text).toContain('not affiliated with');
	});

	test('a long table starts under its heading and repeats its header row on the next sheet', async ({
		page,
	}) => {
		await page.goto(WHATS_IN_A_BACKUP);
		const { text } = await readPdf(await page.pdf({ format: 'A4' }));
		const sheets = text.split('\f');
		const header = /What Where it is kept How it comes back/;
		// Kept whole, the table and its heading would move to the second sheet, leaving half of the
		// first one blank.
		expect(sheets[0]).toContain('At a glance');
		expect(sheets[0]).toMatch(header);
		expect(sheets.filter((sheet) => header.test(sheet)).length).toBeGreaterThan(1);
	});

	test('prints black on white even in the dark theme', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
		await page.goto(STORAGE_FULL);
		await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
	});
});
