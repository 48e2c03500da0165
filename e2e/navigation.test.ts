import { test, expect } from './fixtures';
import { STORAGE_FULL, WIFI_NETWORK } from './site-paths';

test.describe('navigation', () => {
	test('marks the current page in the left rail and the main nav', async ({ page }) => {
		await page.goto(WIFI_NETWORK);
		const rail = page.getByRole('navigation', { name: 'Docs' });
		const current = rail.locator('[aria-current="page"]');
		await expect(current).toHaveCount(1);
		await expect(current).toHaveAttribute('href', WIFI_NETWORK);
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fixes' })
		).toHaveAttribute('aria-current', 'page');
	});

	test('a related task under /fixes/ is not marked as one of the fixes in the main nav', async ({
		page,
	}) => {
		await page.goto('/fixes/computer-backup/');
		const main = page.getByRole('navigation', { name: 'Main' });
		await expect(main.getByRole('link', { name: 'Fixes' })).not.toHaveAttribute('aria-current');
		// Where it does belong, the breadcrumb says.
		await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(
			'Related tasks'
		);
	});

	test('groups the rail into collapsible sections ordered by front matter', async ({ page }) => {
		await page.goto('/');
		const rail = page.getByRole('navigation', { name: 'Docs' });
		const sections = rail.locator('details > summary');
		await expect(sections.first()).toHaveText('Start here');
		// Collapsing a section hides its links; expanding shows them again.
		const fixes = rail.locator('details', { has: page.locator('summary', { hasText: 'Fixes' }) });
		const firstFix = fixes.getByRole('link').first();
		await expect(firstFix).toBeVisible();
		await fixes.locator('summary').click();
		await expect(firstFix).toBeHidden();
		await fixes.locator('summary').click();
		await expect(firstFix).toBeVisible();
	});

	test('shows breadcrumbs, the lead, review date and iOS versions above the article', async ({
		page,
	}) => {
		await page.goto(STORAGE_FULL);
		const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
		await expect(breadcrumb.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
		await expect(breadcrumb.locator('[aria-current="page"]')).not.toBeEmpty();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByText('Last reviewed', { exact: true })).toBeVisible();
		await expect(page.getByText(/iOS and iPadOS \d+/)).toBeVisible();
	});

	test('links previous and next pages in reading order', async ({ page }) => {
		await page.goto('/');
		const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
		const next = pager.getByRole('link', { name: /Next/ });
		const nextHref = await next.getAttribute('href');
		await next.click();
		await expect(page).toHaveURL(nextHref ?? '');
		await expect(
			page
				.getByRole('navigation', { name: 'Previous and next pages' })
				.getByRole('link', { name: /Previous/ })
		).toHaveAttribute('href', '/');
	});

	test('gives every page a distinct title, a description and a canonical URL', async ({ page }) => {
		const seen = new Set<string>();
		for (const path of ['/', STORAGE_FULL, '/errors/']) {
			await page.goto(path);
			const title = await page.title();
			expect(title).toMatch(/Backup Rescue/);
			expect(seen.has(title), `duplicate title ${title}`).toBe(false);
			seen.add(title);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(new URL(canonical ?? '').pathname).toBe(path);
		}
	});
});
