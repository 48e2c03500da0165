import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG tags every page is checked against (2.2 AA includes 2.0 and 2.1 A/AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Run axe over the page as it is now and return the violations, formatted for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Legacy mode runs axe in the page itself. The default opens a blank page on every run to merge
	// the results of each frame, which doubled the time of every check; no page here has a frame.
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(', ')}`
	);
}
