import { test, expect } from './fixtures';
import { FORCE_RESTART as PAGE } from './site-paths';

test.describe('device switch', () => {
	test('shows one variant at a time as tabs and remembers the choice across pages', async ({
		page,
	}) => {
		await page.goto(PAGE);
		const tablist = page.getByRole('tablist').first();
		const tabs = tablist.getByRole('tab');
		expect(await tabs.count()).toBeGreaterThan(1);
		const second = tabs.nth(1);
		const secondName = (await second.textContent()) ?? '';
		await second.click();
		await expect(second).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByRole('tabpanel', { name: secondName })).toBeVisible();
		await expect(page.getByRole('tabpanel')).toHaveCount(await page.getByRole('tablist').count());

		// Arrow keys move between tabs (WAI-ARIA tabs pattern).
		await second.focus();
		await page.keyboard.press('ArrowLeft');
		await expect(tabs.first()).toBeFocused();
		await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowRight');
		await expect(second).toHaveAttribute('aria-selected', 'true');

		// The choice survives a reload.
		await page.reload();
		await expect(
			page.getByRole('tablist').first().getByRole('tab', { name: secondName })
		).toHaveAttribute('aria-selected', 'true');
	});

	test('shows every variant, labelled, without JavaScript', async ({ newDevice }) => {
		const page = await newDevice({ javaScriptEnabled: false });
		await page.goto(PAGE);
		await expect(page.getByRole('tab')).toHaveCount(0);
		const variants = page.locator('[data-variant]');
		expect(await variants.count()).toBeGreaterThan(1);
		for (const variant of await variants.all()) {
			await expect(variant).toBeVisible();
			await expect(variant.locator('.variant-label')).not.toBeEmpty();
		}
	});

	test('prints only the chosen variant and names it', async ({ page }) => {
		await page.goto(PAGE);
		const tabs = page.getByRole('tablist').first().getByRole('tab');
		await tabs.nth(1).click();
		const chosen = (await tabs.nth(1).textContent()) ?? '';
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('tablist').first()).toBeHidden();
		const firstSwitch = page.locator('[data-device-switch]').first();
		await expect(firstSwitch.locator('[data-variant]:visible')).toHaveCount(1);
		await expect(firstSwitch.locator('[data-variant]:visible .variant-label')).toContainText(
			chosen
		);
	});
});
