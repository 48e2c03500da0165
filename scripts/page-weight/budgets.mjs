// @ts-check
/**
 * The page-weight budgets: each limit once, with the label printed beside its verdict, so the text
 * can never disagree with the number it checks.
 */

export const KB = 1024;

/**
 * A limit on the worst page. `{limit}` in the label is replaced by the limit, written as the unit
 * says; other `{name}`s come from the verdict's caller.
 * @typedef {{ label: string, limit: number, unit: 'bytes' | 'requests' }} Budget
 */

/** Every budget bench:weight checks, in the order it prints them. */
export const BUDGETS = /** @type {const} @satisfies {Record<string, Budget>} */ ({
	/** The shell every page loads: theme and search bootstrap. Pages without islands load only this. */
	shellJs: {
		label: 'Shell JS every page loads (theme + search bootstrap) < {limit}',
		limit: 2 * KB,
		unit: 'bytes',
	},
	/** Beyond the shell, a page without islands loads no JavaScript at all. */
	beyondShell: {
		label: 'Pages without islands ({pages}) load {limit} beyond the shell',
		limit: 0,
		unit: 'bytes',
	},
	/** An article with checklists, islands included. */
	checklistPageJs: {
		label: 'JS on articles with checklists < {limit}',
		limit: 12 * KB,
		unit: 'bytes',
	},
	/** Everything on any reading page, fonts and images included. */
	pageTotal: { label: 'Everything on any reading page < {limit}', limit: 40 * KB, unit: 'bytes' },
	/** Requests an article makes on first load, before any scrolling (a stock Starlight page makes 9). */
	requestsAtLoad: {
		label: "Requests on an article's first load <= {limit}",
		limit: 9,
		unit: 'requests',
	},
	/**
	 * What a checklist page runs from the start to save ticks (store, facts, tick binding), and
	 * since #24 to keep a device's actions in order when its clock is put right and to save an
	 * answer given before the island loads: 2.95 KB before, 3.3 KB after, so 3 KB became 3.5 KB.
	 */
	checklistAtLoad: {
		label: 'Checklist JS with the page (saving ticks, before the island) < {limit}',
		limit: 3.5 * KB,
		unit: 'bytes',
	},
	/** What a checklist loads when it comes into view: the island and the Preact runtime. */
	checklistIsland: {
		label: 'Checklist island + Preact runtime < {limit}',
		limit: 8 * KB,
		unit: 'bytes',
	},
});

/**
 * The PASS/FAIL line for a budget and the worst value measured against it.
 * @param {Budget} budget
 * @param {number} worst
 * @param {{ values?: Record<string, string | number>, detail?: string }} [extra] Values for the
 *   label's other placeholders, and what follows the worst value.
 * @returns {{ pass: boolean, line: string }}
 */
export function verdict(budget, worst, { values = {}, detail } = {}) {
	const pass = worst <= budget.limit;
	const label = budget.label.replace(/\{(\w+)\}/g, (_, name) =>
		name === 'limit' ? formatLimit(budget) : String(values[name] ?? `{${name}}`)
	);
	const value = budget.unit === 'bytes' ? `${(worst / KB).toFixed(2)} KB` : String(worst);
	const line = `${pass ? 'PASS' : 'FAIL'}  ${label}: worst page ${value}${detail ? ` ${detail}` : ''}`;
	return { pass, line };
}

/** @param {Budget} budget */
function formatLimit({ limit, unit }) {
	if (unit === 'requests') return String(limit);
	// Whole or tenths of a KB read as KB (3.5 KB); anything else in bytes.
	return limit > 0 && Number.isInteger((limit * 10) / KB) ? `${limit / KB} KB` : `${limit} bytes`;
}
