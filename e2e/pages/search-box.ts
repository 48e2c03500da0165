import type { Locator, Page } from '@playwright/test';

/** The top bar's search box, on every page, and the dropdown of results it opens. */
export class SearchBox {
	readonly input: Locator;
	readonly listbox: Locator;

	/** The page it reads and drives. */
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
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
