import { test, expect } from './fixtures';
import { STORAGE_FULL } from './site-paths';

test.describe('in this article', () => {
	test('lists the H2s in a rail that highlights the section being read', async ({ page }) => {
		await page.setViewportSize({ width: 1400, height: 800 });
		await page.goto(STORAGE_FULL);
		const rail = page.getByRole('navigation', { name: 'In this article' });
		await expect(rail).toBeVisible();
		const h2s = await page.locator('.docs-article .content h2').allTextContents();
		const links = rail.getByRole('link');
		// Every H2 has a link, in order (H3s may be nested between them).
		for (const text of h2s)
			await expect(rail.getByRole('link', { name: text, exact: true })).toBeVisible();

		// Jumping to the last section moves the highlight there.
		const last = links.last();
		await last.click();
		await expect(last).toHaveAttribute('aria-current', 'true');
		await expect(rail.locator('[aria-current="true"]')).toHaveCount(1);
		expect(page.url()).toMatch(/#.+$/);
	});

	test('folds into a disclosure at the top of the article on narrow screens', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(STORAGE_FULL);
		const disclosure = page.getByRole('navigation', { name: 'Sections of this article' });
		await expect(disclosure).toHaveCount(1);
		const summary = disclosure.getByText('In this article');
		const firstLink = disclosure.getByRole('link').first();
		await expect(firstLink).toBeHidden();
		await summary.click();
		await expect(firstLink).toBeVisible();
		await firstLink.click();
		expect(page.url()).toMatch(/#.+$/);
	});
});
