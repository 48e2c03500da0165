import { test, expect } from './fixtures';
import { STORAGE_FULL } from './site-paths';

test.describe('mobile navigation', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	test('opens a drawer that keeps focus inside and closes with Escape', async ({ page }) => {
		await page.goto(STORAGE_FULL);
		const menu = page.getByRole('button', { name: 'Menu' });
		const drawer = page.locator('#sidebar');
		await expect(drawer).toBeHidden();
		await expect(menu).toHaveAttribute('aria-expanded', 'false');

		await menu.click();
		await expect(drawer).toBeVisible();
		// While the drawer is open the rest of the page is inert, so the button is out of the
		// accessibility tree; check its state directly.
		await expect(page.locator('[aria-controls="sidebar"]')).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		expect(await page.locator('main').evaluate((main) => Boolean(main.closest('[inert]')))).toBe(
			true
		);
		// Focus starts on the current page's link.
		await expect(page.locator('#sidebar [aria-current="page"]')).toBeFocused();

		// Tabbing forwards and backwards never leaves the drawer.
		for (let press = 0; press < 30; press++) {
			await page.keyboard.press(press < 20 ? 'Tab' : 'Shift+Tab');
			const inside = await page.evaluate(() => {
				const active = document.activeElement;
				return !active || active === document.body || Boolean(active.closest('#sidebar'));
			});
			expect(inside, `focus escaped the drawer after ${press + 1} presses`).toBe(true);
		}

		await page.keyboard.press('Escape');
		await expect(drawer).toBeHidden();
		await expect(menu).toBeFocused();
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
	});

	test('closes with its close button and navigates from a link', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Menu' }).click();
		await page.getByRole('button', { name: 'Close menu' }).click();
		await expect(page.locator('#sidebar')).toBeHidden();

		await page.getByRole('button', { name: 'Menu' }).click();
		await page
			.getByRole('navigation', { name: 'Docs' })
			.getByRole('link', { name: 'Error messages' })
			.click();
		await expect(page).toHaveURL('/errors/');
	});

	test('nothing overflows horizontally at 320 px', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const path of ['/', STORAGE_FULL, '/errors/', '/search/?q=backup', '/nope/']) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
		}
	});
});
