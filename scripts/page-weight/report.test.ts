import { describe, expect, it } from 'vitest';
import { BUDGETS, KB, verdict } from './budgets.mjs';
import { pageWeightReport } from './report.mjs';
import type { ChecklistRow, PageRow } from './measure.mjs';

const SHELL = 'http://x/_astro/shell.js';
const STORE = 'http://x/_astro/checklist.js';
const ISLAND = 'http://x/_astro/hydrate.js';

function page(path: string, scripts: [string, number][], extra: Partial<PageRow> = {}): PageRow {
	const js = scripts.reduce((sum, [, bytes]) => sum + bytes, 0);
	return {
		path,
		checklist: false,
		islands: [],
		js,
		css: 1000,
		html: 2000,
		other: 100,
		requests: 5,
		requestsAtLoad: 5,
		scripts: new Map(scripts),
		...extra,
	};
}

describe('budget verdicts', () => {
	it('writes the limit into the label from the same number it checks', () => {
		expect(verdict(BUDGETS.shellJs, 1.5 * KB).line).toBe(
			'PASS  Shell JS every page loads (theme + search bootstrap) < 2 KB: worst page 1.50 KB'
		);
		expect(verdict({ ...BUDGETS.shellJs, limit: 1 * KB }, 1.5 * KB)).toEqual({
			pass: false,
			line: 'FAIL  Shell JS every page loads (theme + search bootstrap) < 1 KB: worst page 1.50 KB',
		});
	});

	it('counts requests as numbers and fills the other placeholders', () => {
		expect(verdict(BUDGETS.requestsAtLoad, 10, { detail: '(/a/)' }).line).toBe(
			"FAIL  Requests on an article's first load <= 9: worst page 10 (/a/)"
		);
		expect(verdict(BUDGETS.beyondShell, 0, { values: { pages: 3 } }).line).toBe(
			'PASS  Pages without islands (3) load 0 bytes beyond the shell: worst page 0.00 KB'
		);
	});
});

describe('the page-weight report', () => {
	const article = page(
		'/fixes/a/',
		[
			[SHELL, 1000],
			[STORE, 2000],
			[ISLAND, 3000],
		],
		{ checklist: true, islands: ['checklist'], requestsAtLoad: 7, requests: 9 }
	);
	const errors = page('/errors/', [[SHELL, 1000]]);
	const checklistRows: ChecklistRow[] = [
		{
			path: '/fixes/a/',
			atLoad: new Map([
				[SHELL, 1000],
				[STORE, 2000],
			]),
			onView: new Map([[ISLAND, 3000]]),
		},
	];

	it('passes a site within every budget, and says which scripts the checklist adds', () => {
		const { lines, failed } = pageWeightReport({
			rows: [errors, article],
			checklistRows,
			manifest: { files: 3, bytes: 4 * KB },
		});
		expect(failed).toBe(false);
		expect(lines.filter((line) => line.startsWith('FAIL'))).toEqual([]);
		expect(lines.filter((line) => line.startsWith('PASS'))).toHaveLength(8);
		expect(lines).toContain(
			'\nOffline precache (downloaded once, in the background): 3 files, 4 KB stored'
		);
		expect(lines.some((line) => line.includes('/_astro/hydrate.js'))).toBe(true);
	});

	it('fails when a page without a checklist loads the island', () => {
		const leaking = page('/errors/', [
			[SHELL, 1000],
			[ISLAND, 3000],
		]);
		const { lines, failed } = pageWeightReport({
			rows: [errors, article, { ...leaking, path: '/fixes/' }],
			checklistRows,
		});
		expect(failed).toBe(true);
		expect(lines).toContain('FAIL  No page without a checklist loads the island: /fixes/');
	});
});
