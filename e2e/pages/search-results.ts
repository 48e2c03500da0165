import { expect, type Locator, type Page } from '@playwright/test';

/** /search/?q=: the results page. */
export class SearchResults {
	/** The page's main, once a search has finished. */
	readonly done: Locator;
	/** The page's own search box. */
	readonly input: Locator;
	/** The first result of the list, with its `data-result-slug`. */
	readonly firstResult: Locator;

	/** The page it reads and drives. */
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
		this.done = page.locator('main[data-search-state="done"]');
		this.input = page.getByRole('main').getByRole('searchbox', { name: 'Search Backup Rescue' });
		this.firstResult = page
			.getByRole('main')
			.getByRole('list')
			.first()
			.getByRole('listitem')
			.first();
	}

	/** Open /search/?q= and wait until the results are in. */
	async open(query: string): Promise<void> {
		await this.page.goto(`/search/?${new URLSearchParams({ q: query })}`);
		await expect(this.done).toBeVisible();
	}
}
