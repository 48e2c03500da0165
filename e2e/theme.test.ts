import { test, expect } from './fixtures';
import { STORAGE_FULL } from './site-paths';
import { blockStorage } from './storage';

const DARK_BG = 'rgb(31, 31, 31)';
const LIGHT_BG = 'rgb(255, 255, 255)';

test.describe('theme', () => {
	test('follows the system theme until the reader picks one', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
		await expect(page.getByLabel('Theme')).toHaveValue('system');
		await page.emulateMedia({ colorScheme: 'light' });
		await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);
	});

	test('remembers a choice across reloads and pages, with no flash of the other theme', async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		// Record the theme in force when <body> first appears, before any module script runs.
		await page.addInitScript(() => {
			const record = () => {
				if (document.body && !('themeAtBody' in window)) {
					Object.assign(window, { themeAtBody: document.documentElement.dataset.theme ?? 'none' });
				}
			};
			new MutationObserver(record).observe(document, { childList: true, subtree: true });
		});
		await page.goto('/');
		await page.getByLabel('Theme').selectOption('dark');
		await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);

		for (const path of ['/', STORAGE_FULL]) {
			await page.goto(path);
			expect(
				await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)
			).toBe('dark');
			await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
			await expect(page.getByLabel('Theme')).toHaveValue('dark');
		}

		// Back to "System" forgets the choice.
		await page.getByLabel('Theme').selectOption('system');
		await page.reload();
		await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);
	});

	test('still works when storage is blocked', async ({ page }) => {
		await blockStorage(page);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/');
		await page.getByLabel('Theme').selectOption('dark');
		await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
		expect(errors).toEqual([]);
	});
});
