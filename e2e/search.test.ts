import { test, expect, axeViolations } from './fixtures';
import { STORAGE_FULL, WIFI_NETWORK } from './site-paths';

test.describe('search', () => {
	test('the shortcut focuses the search box and loads no index before that', async ({
		page,
		searchBox,
	}) => {
		const pagefindRequests: string[] = [];
		page.on('request', (request) => {
			if (/\/pagefind\/|search-data\.json/.test(request.url()))
				pagefindRequests.push(request.url());
		});
		await page.goto(STORAGE_FULL);
		await page.waitForLoadState('networkidle');
		// Reading an article downloads no search index or search data.
		expect(pagefindRequests).toEqual([]);

		const box = searchBox.input;
		await page.keyboard.press('Control+k');
		await expect(box).toBeFocused();
		await box.blur();
		await page.keyboard.press('/');
		await expect(box).toBeFocused();
		// Focusing the box starts loading the index.
		await expect.poll(() => pagefindRequests.length).toBeGreaterThan(0);
	});

	test('results can be chosen with the keyboard from the dropdown', async ({ page, searchBox }) => {
		await page.goto(WIFI_NETWORK);
		const box = searchBox.input;
		await searchBox.type('Not Enough Storage');
		const listbox = searchBox.listbox;
		await expect(listbox).toBeVisible();
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		const first = listbox.getByRole('option').first();
		await expect(first).toContainText('iCloud storage is full');

		// Arrow down makes the first option active, announced through aria-activedescendant.
		await box.press('ArrowDown');
		await expect(first).toHaveAttribute('aria-selected', 'true');
		await expect(box).toHaveAttribute(
			'aria-activedescendant',
			(await first.getAttribute('id')) ?? ''
		);
		await expect(page.getByText('Matched message:')).toBeVisible();

		// Escape closes the list; Enter on an active option opens it.
		await box.press('Escape');
		await expect(listbox).toBeHidden();
		await expect(box).toHaveAttribute('aria-expanded', 'false');
		await box.press('ArrowDown');
		await expect(first).toHaveAttribute('aria-selected', 'true');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/fixes\/storage-full\//);
	});

	test('a lost download of the search code says so on the results page, and the top-bar box still searches', async ({
		page,
		searchBox,
	}) => {
		await page.route(/\/_astro\/(search-page|mount-dropdown)\.[\w-]+\.js$/, (route) =>
			route.abort()
		);
		await page.goto('/search/?q=storage');
		await expect(page.getByRole('main').getByRole('status')).toHaveText(
			'Search could not load. Check your connection, then reload this page to try again.'
		);
		// Without the dropdown's code the top bar's box is a plain form: Enter opens the results page.
		await page.goto(WIFI_NETWORK);
		await searchBox.input.click();
		await searchBox.input.fill('icloud storage full');
		await searchBox.input.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=icloud\+storage\+full/);
	});

	test('the results page lists the fix for an exact message first', async ({
		page,
		searchResults,
	}) => {
		const cases = [
			['Not Enough Storage', 'storage-full'],
			['The last backup couldn’t be completed.', 'wifi-network'],
			['This iPad hasn’t been backed up in 3 weeks', 'automatic-backup-conditions'],
		] as const;
		for (const [query, slug] of cases) {
			await searchResults.open(query);
			const results = page.getByRole('main').getByRole('list').first();
			const first = results.getByRole('listitem').first();
			await expect(first, query).toHaveAttribute('data-result-slug', slug);
			await expect(first.getByRole('link').first()).toHaveAttribute(
				'href',
				new RegExp(`^/fixes/${slug}/`)
			);
		}
	});

	test('a search from the results page’s own box updates the address, and Back returns to the last one', async ({
		page,
		searchResults,
	}) => {
		await searchResults.open('Not Enough Storage');
		const results = page.getByRole('main').getByRole('list').first();
		await expect(results.getByRole('listitem').first()).toHaveAttribute(
			'data-result-slug',
			'storage-full'
		);
		await searchResults.input.fill('The last backup couldn’t be completed.');
		await searchResults.input.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=The\+last\+backup/);
		await expect(results.getByRole('listitem').first()).toHaveAttribute(
			'data-result-slug',
			'wifi-network'
		);
		await page.goBack();
		await expect(page).toHaveURL(/\/search\/\?q=Not\+Enough\+Storage$/);
		await expect(searchResults.input).toHaveValue('Not Enough Storage');
		await expect(results.getByRole('listitem').first()).toHaveAttribute(
			'data-result-slug',
			'storage-full'
		);
	});

	test('typos are corrected, with a way back to the words as typed', async ({
		page,
		searchResults,
	}) => {
		await searchResults.open('icloud stroage full');
		await expect(page.getByText('Showing results for')).toContainText('icloud storage full');
		const literal = page.getByRole('link', { name: 'icloud stroage full' });
		await expect(literal).toHaveAttribute('href', /literal=1/);
		await literal.click();
		await expect(searchResults.done).toBeVisible();
		await expect(page.getByText('Showing results for')).toBeHidden();
	});

	test('markup in the query is shown as text and never runs', async ({ page, searchResults }) => {
		let dialogs = 0;
		page.on('dialog', (dialog) => {
			dialogs += 1;
			void dialog.dismiss();
		});
		const query = '<img src=x onerror=alert(1)>';
		await searchResults.open(query);
		await expect(page.getByRole('status').filter({ hasText: query })).toBeVisible();
		await expect(page.locator('main img')).toHaveCount(0);
		expect(dialogs).toBe(0);
	});

	test('opening a result highlights the words, then cleans the address', async ({
		page,
		searchResults,
	}) => {
		await searchResults.open('captive portal hotel wifi');
		const link = page.getByRole('main').getByRole('listitem').first().getByRole('link').first();
		await expect(link).toHaveAttribute('href', /highlight=/);
		await link.click();
		await expect(page.locator('mark.search-highlight').first()).toBeVisible();
		await expect(page).not.toHaveURL(/highlight=/);
	});

	test('an unknown query offers ways forward', async ({ page, searchResults }) => {
		await searchResults.open('qqqzzz');
		await expect(page.getByRole('link', { name: /error reference/ })).toBeVisible();
		await expect(page.getByRole('main').getByRole('link', { name: /Start here/ })).toBeVisible();
	});

	test('the results page and the open dropdown have no accessibility violations', async ({
		page,
		searchBox,
		searchResults,
	}) => {
		await searchResults.open('backup');
		expect(await axeViolations(page)).toEqual([]);
		await searchBox.type('backup stuck');
		await expect(searchBox.listbox).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('the dropdown fits a 320px-wide screen', async ({ page, searchBox }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/');
		await searchBox.type('wifi');
		await expect(searchBox.listbox).toBeVisible();
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(320);
	});
});
