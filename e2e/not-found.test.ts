import { test, expect } from './fixtures';

test('an unknown address gets a 404 page that offers search and the start page', async ({
	page,
}) => {
	const response = await page.goto('/fixes/no-such-fix/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
	const main = page.getByRole('main');
	const search = main.getByRole('searchbox');
	await expect(search).toBeVisible();
	await expect(main.getByRole('link', { name: 'start page' })).toHaveAttribute('href', '/');

	// The search box submits to the results page.
	await search.fill('storage');
	await search.press('Enter');
	await expect(page).toHaveURL('/search/?q=storage');
});
