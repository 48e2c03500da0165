import { describe, expect, it } from 'vitest';
import { TIMINGS_HEADING, formatTimings } from './build-timings';

describe('formatTimings', () => {
	it('prints a Markdown table with each row’s share of the total', () => {
		const lines = formatTimings(
			[
				{ label: 'astro: render', ms: 750.4 },
				{ label: 'pagefind', ms: 250 },
			],
			1000
		);
		expect(lines[0]).toBe(TIMINGS_HEADING);
		expect(lines[2]).toMatch(/^\| -+ \| -------: \| ----: \|$/);
		expect(lines.slice(3).map((line) => line.split('|').map((cell) => cell.trim()))).toEqual([
			['', 'astro: render', '750', '75%', ''],
			['', 'pagefind', '250', '25%', ''],
			['', 'total', '1000', '100%', ''],
		]);
	});

	it('leaves the share unknown without a total', () => {
		expect(formatTimings([{ label: 'headers', ms: 7 }]).at(-1)).toMatch(/\| +7 \| +\? \|$/);
	});
});
