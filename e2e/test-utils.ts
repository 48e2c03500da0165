import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The WCAG tags every page is checked against (2.2 AA includes 2.0 and 2.1 A/AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Run axe over the page as it is now and return the violations, formatted for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(', ')}`
	);
}

/** Set the colour scheme the page should follow, before navigation. */
export async function emulateTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
}

export const test = base;
export { expect };

/** The first checklist on the page, located by its markup rather than its (changeable) title. */
export function firstChecklist(page: Page) {
	return page.locator('section[data-checklist]').first();
}

/** Scroll the first checklist into view and wait until its island has hydrated (on visibility). */
export async function waitForChecklist(page: Page, timeout?: number): Promise<void> {
	const checklist = firstChecklist(page);
	await checklist.scrollIntoViewIfNeeded();
	await expect(
		checklist.locator('[data-checklist-body]'),
		'checklist island hydrated'
	).toHaveAttribute('data-hydrated', '', { timeout });
}

/** Choose a file in the import dialog the progress page's "Import" button opens. */
export async function importFile(page: Page, path: string): Promise<void> {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import progress from a file' }).click();
	await (
		await chooser
	).setFiles({
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: readFileSync(path),
	});
}

/** Which boxes of the first checklist on the page are ticked on screen, in order. */
export function tickedBoxes(page: Page): Promise<boolean[]> {
	return firstChecklist(page)
		.getByRole('checkbox')
		.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
}

/** Open an article and tick these steps (by position) of its first checklist. */
export async function tickSteps(page: Page, path: string, positions: number[]): Promise<void> {
	await page.goto(path);
	await waitForChecklist(page);
	for (const position of positions) {
		await firstChecklist(page).getByRole('checkbox').nth(position).check();
	}
}
