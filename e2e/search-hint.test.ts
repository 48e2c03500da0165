import { devices } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORAGE_FULL } from './site-paths';

/** The shortcut hint in the top bar's search box. */
const hint = (page: import('@playwright/test').Page) =>
	page.getByRole('search').locator('[data-search-hint]');

test.describe('search shortcut hint', () => {
	test('says Ctrl K on a computer that is not Apple’s', async ({ page }) => {
		await page.goto(STORAGE_FULL);
		await expect(hint(page)).toBeVisible();
		await expect(hint(page)).toHaveText('Ctrl K');
	});

	test('says ⌘K on a Mac', async ({ page }) => {
		await page.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' })
		);
		await page.goto(STORAGE_FULL);
		await expect(hint(page)).toBeVisible();
		await expect(hint(page)).toHaveText('⌘K');
	});

	test('is not shown on a touch-only phone', async ({ newDevice }) => {
		const phone = await newDevice({ ...devices['Pixel 7'] });
		await phone.goto(STORAGE_FULL);
		expect(await phone.evaluate(() => matchMedia('(any-pointer: fine)').matches)).toBe(false);
		// The phone's top bar keeps the box behind a button; the hint is hidden either way.
		await expect(phone.locator('[data-search-hint]').first()).toBeHidden();
	});

	test('is not shown without JavaScript, which the shortcut needs', async ({ newDevice }) => {
		const page = await newDevice({ javaScriptEnabled: false });
		await page.goto(STORAGE_FULL);
		await expect(hint(page)).toBeHidden();
	});
});
