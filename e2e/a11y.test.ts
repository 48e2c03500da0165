import { test, expect, axeViolations, sitemapPaths } from './test-utils';

/** Pages outside the sitemap that readers still reach. */
const EXTRA_PATHS = ['/404.html', '/search/?q=backup'];

test.describe('accessibility', () => {
	for (const theme of ['light', 'dark'] as const) {
		test(`every built page has no WCAG 2.2 AA violations in the ${theme} theme`, async ({
			page,
		}) => {
			test.setTimeout(120_000);
			await page.emulateMedia({ colorScheme: theme });
			const paths = [...(await sitemapPaths(page)), ...EXTRA_PATHS];
			expect(paths.length).toBeGreaterThan(3);
			const failures: string[] = [];
			for (const path of paths) {
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				for (const violation of await axeViolations(page)) failures.push(`${path}: ${violation}`);
			}
			expect(failures).toEqual([]);
		});
	}

	test('the mobile drawer has no violations when open', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto('/fixes/storage-full/');
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
