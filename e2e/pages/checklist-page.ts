import { expect, type Locator, type Page } from '@playwright/test';

/** The first checklist on a page, as a reader ticks it. */
export class ChecklistPage {
	/** The checklist, located by its markup rather than its (changeable) title. */
	readonly root: Locator;
	/** Its steps' checkboxes, in order. */
	readonly boxes: Locator;
	/** The "n of m done" count. */
	readonly status: Locator;

	/** The page it reads and drives. */
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
		this.root = page.locator('section[data-checklist]').first();
		this.boxes = this.root.getByRole('checkbox');
		this.status = this.root.getByRole('status');
	}

	/** The checkbox of the step at this position (0 is the first). */
	box(position: number): Locator {
		return this.boxes.nth(position);
	}

	/** One of the checklist's own buttons (Reset, Print checklist, No, still failing…). */
	button(name: string): Locator {
		return this.root.getByRole('button', { name });
	}

	/** The island's body, which is marked `data-hydrated` once Preact has taken it over. */
	get body(): Locator {
		return this.root.locator('[data-checklist-body]');
	}

	/** Open an article and wait until its checklist has hydrated. */
	async open(path: string): Promise<void> {
		await this.page.goto(path);
		await this.waitForHydrated();
	}

	/** Scroll the checklist into view and wait until its island has hydrated (on visibility). */
	async waitForHydrated(timeout?: number): Promise<void> {
		await this.root.scrollIntoViewIfNeeded();
		await expect(this.body, 'checklist island hydrated').toHaveAttribute('data-hydrated', '', {
			timeout,
		});
	}

	/** Tick these steps, by position. */
	async tick(...positions: number[]): Promise<void> {
		for (const position of positions) await this.box(position).check();
	}

	/** Which boxes are ticked on screen, in order. */
	ticked(): Promise<boolean[]> {
		return this.boxes.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
	}
}
