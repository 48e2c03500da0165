// @ts-check
/**
 * What bench:weight prints, from what measure.mjs recorded: the per-page table, the budgets'
 * verdicts, the islands, the offline precache and the checklist's own JavaScript. Returns lines
 * rather than printing, and whether any budget failed.
 */
import { BUDGETS, KB, verdict } from './budgets.mjs';

/** @typedef {import('./measure.mjs').PageRow} PageRow */
/** @typedef {import('./measure.mjs').ChecklistRow} ChecklistRow */
/** @typedef {{ files: number, bytes: number }} PrecacheManifest */

/**
 * Tools, not reading pages: reported, but judged by no reading-page budget (search results load
 * the index by design).
 */
const TOOL_PAGES = ['/progress/', '/search/?q=backup'];

/** The docs page without a checklist that the checklist's JavaScript is measured against. */
const CHECKLIST_BASELINE = '/errors/';

/**
 * The whole report.
 * @param {{ rows: PageRow[], checklistRows: ChecklistRow[], manifest?: PrecacheManifest }} measured
 * @returns {{ lines: string[], failed: boolean }}
 */
export function pageWeightReport({ rows, checklistRows, manifest }) {
	const shell = shellScripts(rows);
	const pages = pageBudgets(rows, shell);
	const checklists = checklistReport(rows, checklistRows);
	const lines = [
		...pageTable(rows),
		...pages.lines,
		...islandLines(rows, shell),
		...(manifest ? [precacheLine(manifest)] : []),
		...checklists.lines,
	];
	return { lines, failed: pages.failed || checklists.failed };
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`.padStart(10);
/** @param {PageRow} row */
const total = (row) => row.js + row.css + row.html + row.other;
/** @param {Map<string, number>} files */
const sum = (files) => [...files.values()].reduce((all, bytes) => all + bytes, 0);

/** The table's byte columns, in order. @type {((row: PageRow) => number)[]} */
const BYTE_COLUMNS = [
	(row) => row.js,
	(row) => row.css,
	(row) => row.html,
	(row) => row.other,
	total,
];

/** The middle value (the mean of the two middle ones for an even count). @param {number[]} values */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Every page's weight by kind and its requests, then the median of each column.
 * @param {PageRow[]} rows
 */
function pageTable(rows) {
	/** @param {string} name @param {number[]} bytes @param {number[]} counts */
	const line = (name, bytes, counts) =>
		`${name.padEnd(34)}${bytes.map(kb).join('')}${String(counts[0]).padStart(10)}${String(counts[1]).padStart(9)}`;
	/** @param {(row: PageRow) => number} pick */
	const middle = (pick) => median(rows.map(pick));
	return [
		'\nPage weight on first load (gzip), Chromium, empty cache, service worker blocked\n',
		`${'page'.padEnd(34)}${['JS', 'CSS', 'HTML', 'other', 'total', 'requests'].map((name) => name.padStart(10)).join('')}${'at load'.padStart(9)}`,
		...rows.map((row) =>
			line(
				row.path,
				BYTE_COLUMNS.map((pick) => pick(row)),
				[row.requests, row.requestsAtLoad]
			)
		),
		line('median', BYTE_COLUMNS.map(middle), [
			middle((row) => row.requests),
			middle((row) => row.requestsAtLoad),
		]),
		'(requests: everything after scrolling to the end; at load: before any scrolling, the page as first opened)',
	];
}

/**
 * The shell every page loads (theme, drawer, search bootstrap): the scripts all pages share.
 * @param {PageRow[]} rows
 */
function shellScripts(rows) {
	return new Map(
		[...(rows[0]?.scripts ?? [])].filter(([url]) => rows.every((row) => row.scripts.has(url)))
	);
}

/**
 * A page's scripts that are not the shell's, and their bytes.
 * @param {PageRow} row
 * @param {Map<string, number>} shell
 */
function beyond(row, shell) {
	return new Map([...row.scripts].filter(([url]) => !shell.has(url)));
}

/**
 * The reading pages' budgets.
 * @param {PageRow[]} rows
 * @param {Map<string, number>} shell
 */
function pageBudgets(rows, shell) {
	const reading = rows.filter((row) => !TOOL_PAGES.includes(row.path));
	const withChecklists = reading.filter((row) => row.checklist);
	const withoutIslands = rows.filter((row) => row.islands.length === 0);
	const worstBeyond = withoutIslands
		.map((row) => ({ path: row.path, extra: sum(beyond(row, shell)) }))
		.reduce((worst, row) => (row.extra > worst.extra ? row : worst), { path: '-', extra: 0 });
	const articles = reading.filter((row) => row.path.startsWith('/fixes/'));
	const mostRequests = articles.reduce(
		(worst, row) => (row.requestsAtLoad > worst.requestsAtLoad ? row : worst),
		{ path: '-', requestsAtLoad: 0 }
	);
	const verdicts = [
		verdict(BUDGETS.shellJs, sum(shell)),
		verdict(BUDGETS.beyondShell, worstBeyond.extra, { values: { pages: withoutIslands.length } }),
		verdict(BUDGETS.checklistPageJs, Math.max(...withChecklists.map((row) => row.js))),
		verdict(BUDGETS.pageTotal, Math.max(...reading.map(total))),
		verdict(BUDGETS.requestsAtLoad, mostRequests.requestsAtLoad, {
			detail: `(${mostRequests.path}; median ${median(articles.map((row) => row.requestsAtLoad))}, ${median(articles.map((row) => row.requests))} after scrolling to the end)`,
		}),
	];
	const lines = ['\nBudgets', ...verdicts.map((item) => item.line)];
	if (worstBeyond.extra > 0) lines.splice(3, 0, `      (worst: ${worstBeyond.path})`);
	return { lines, failed: verdicts.some((item) => !item.pass) };
}

/**
 * Pages with islands and the JavaScript the islands add beyond the shell.
 * @param {PageRow[]} rows
 * @param {Map<string, number>} shell
 */
function islandLines(rows, shell) {
	return [
		'\nIslands (elements marked data-island) and the JavaScript they add beyond the shell:',
		...rows
			.filter((row) => row.islands.length > 0)
			.map(
				(row) =>
					`  ${row.path.padEnd(36)}${row.islands.join(', ').padEnd(30)}${kb(sum(beyond(row, shell)))}`
			),
	];
}

/** @param {PrecacheManifest} manifest */
function precacheLine(manifest) {
	return `\nOffline precache (downloaded once, in the background): ${manifest.files} files, ${(manifest.bytes / KB).toFixed(0)} KB stored`;
}

/**
 * The checklist's JavaScript: what a checklist article loads beyond a docs page without one, at
 * load and once the checklist is in view; its budgets; and whether the island leaks elsewhere.
 * @param {PageRow[]} rows
 * @param {ChecklistRow[]} checklistRows
 */
function checklistReport(rows, checklistRows) {
	const baseline = rows.find((row) => row.path === CHECKLIST_BASELINE)?.scripts ?? new Map();
	/** @param {Map<string, number>} files */
	const added = (files) => new Map([...files].filter(([url]) => !baseline.has(url)));
	const lines = [
		`\nChecklist JavaScript (gzip), beyond what ${CHECKLIST_BASELINE} loads, on every article with a checklist`,
	];
	/** @type {Set<string>} */
	const island = new Set();
	for (const row of checklistRows) {
		const atLoad = sum(added(row.atLoad));
		const onView = sum(added(row.onView));
		row.onView.forEach((_, url) => {
			if (!baseline.has(url)) island.add(url);
		});
		lines.push(
			`  ${row.path.padEnd(36)}with the page ${kb(atLoad)}   in view ${kb(onView)}   all ${kb(atLoad + onView)}`
		);
	}
	const sample = checklistRows[0];
	if (!sample) return { lines, failed: false };
	lines.push(`\n  Files, for ${sample.path}:`);
	for (const [label, files] of /** @type {const} */ ([
		['with the page', added(sample.atLoad)],
		['when the checklist comes into view', added(sample.onView)],
	])) {
		lines.push(`    ${label}:`);
		// By name: responses are recorded in the order their bodies arrive, which varies run to run.
		const byName = [...files].map(
			([url, bytes]) => /** @type {const} */ ([new URL(url).pathname, bytes])
		);
		byName.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		for (const [name, bytes] of byName) lines.push(`      ${name.padEnd(56)}${kb(bytes)}`);
	}
	const verdicts = [
		verdict(
			BUDGETS.checklistAtLoad,
			Math.max(...checklistRows.map((row) => sum(added(row.atLoad))))
		),
		verdict(
			BUDGETS.checklistIsland,
			Math.max(...checklistRows.map((row) => sum(added(row.onView))))
		),
	];
	// The progress page shares the store by design, and the search page renders with Preact; what
	// must stay on checklist pages is the island itself.
	const leaks = rows.filter(
		(row) =>
			!row.checklist &&
			[...row.scripts.keys()].some((url) => island.has(url) && !/preact/.test(url))
	);
	const leakLabel = 'No page without a checklist loads the island';
	const worstAll = Math.max(
		...checklistRows.map((row) => sum(added(row.atLoad)) + sum(added(row.onView)))
	);
	lines.push(
		'\nBudgets',
		...verdicts.map((item) => item.line),
		leaks.length
			? `FAIL  ${leakLabel}: ${leaks.map((row) => row.path).join(', ')}`
			: `PASS  ${leakLabel}`,
		`      (everything the checklist adds, progress store and resume note included: worst page ${(worstAll / KB).toFixed(2)} KB)`
	);
	return { lines, failed: leaks.length > 0 || verdicts.some((item) => !item.pass) };
}
