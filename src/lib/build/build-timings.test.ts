import { describe, expect, it } from 'vitest';
import { TIMINGS_HEADING, formatTimings } from './build-timings.ts';

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

describe('formatTimings with CPU times', () => {
	it('adds a CPU column, the total’s included', () => {
		const lines = formatTimings(
			[
				{ label: 'astro: render', ms: 750, cpuMs: 1400.2 },
				{ label: 'pagefind', ms: 250, cpuMs: 20 },
			],
			1000,
			1500
		);
		expect(lines[1]).toMatch(/\| share \| cpu ms \|$/);
		expect(lines.slice(3).map((line) => line.split('|').map((cell) => cell.trim()))).toEqual([
			['', 'astro: render', '750', '75%', '1400', ''],
			['', 'pagefind', '250', '25%', '20', ''],
			['', 'total', '1000', '100%', '1500', ''],
		]);
	});
});
