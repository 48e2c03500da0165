import { test, expect, axeViolations } from './fixtures';
import { builtSitemapPaths } from '../scripts/lib/sitemap.mjs';
import { STORAGE_FULL, UNLISTED_PATHS } from './site-paths';

test.describe('accessibility', () => {
	for (const path of [...builtSitemapPaths(), ...UNLISTED_PATHS]) {
		test(`${path} has no WCAG 2.2 AA violations in either theme`, async ({ page }) => {
			for (const theme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: theme });
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				expect(await axeViolations(page), `${theme} theme`).toEqual([]);
			}
		});
	}

	test('the mobile drawer has no violations when open', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto(STORAGE_FULL);
		await page.getByRole('button', { name: 'Menu' }).click();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('focus is visible on links and controls', async ({ page }) => {
		await page.goto('/');
		// The first Tab reaches the skip link, which becomes visible and outlined.
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		for (let press = 0; press < 4; press++) {
			await page.keyboard.press('Tab');
			const outline = await page.evaluate(() => {
				const style = getComputedStyle(document.activeElement as Element);
				return `${style.outlineStyle} ${style.outlineWidth}`;
			});
			expect(outline).not.toMatch(/^none|0px$/);
		}
	});
});
