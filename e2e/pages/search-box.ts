import { expect, type Locator, type Page } from '@playwright/test';

/** The top bar's search box, on every page, and the dropdown of results it opens. */
export class SearchBox {
	readonly input: Locator;
	readonly listbox: Locator;

	constructor(readonly page: Page) {
		const banner = page.getByRole('banner');
		// A plain search box until its script turns it into a combobox.
		this.input = banner
			.getByRole('searchbox', { name: 'Search Backup Rescue' })
			.or(banner.getByRole('combobox', { name: 'Search Backup Rescue' }));
		this.listbox = page.getByRole('listbox', { name: 'Search results' });
	}

	/** Click into the box and type a query, as a reader does. */
	async type(query: string): Promise<void> {
		await this.input.click();
		await this.input.fill(query);
	}
}

/** /search/?q=: the results page. */
export class SearchResults {
	/** The page's main, once a search has finished. */
	readonly done: Locator;
	/** The page's own search box. */
	readonly input: Locator;

	constructor(readonly page: Page) {
		this.done = page.locator('main[data-search-state="done"]');
		this.input = page.getByRole('main').getByRole('searchbox', { name: 'Search Backup Rescue' });
	}

	/** Open /search/?q= and wait until the results are in. */
	async open(query: string): Promise<void> {
		await this.page.goto(`/search/?${new URLSearchParams({ q: query })}`);
		await expect(this.done).toBeVisible();
	}
}
