// @ts-check

/**
 * @typedef {object} SizeResult
 * @property {number} articles synthetic articles added
 * @property {number} pages HTML pages built
 * @property {number} buildMs
 * @property {number} [pagefindMs]
 * @property {number} [linkCheckMs]
 * @property {number} distBytes
 * @property {number} meanHtmlBytes
 * @property {number} homeBytes
 * @property {number} pagefindBytes
 * @property {number} firstSearchBytes
 * @property {number} coldMs
 * @property {number} warmMedianMs
 * @property {number} oursOpenMs our search page, opened with a query, until its first result
 * @property {number} plainOpenMs plain Pagefind from opening /search/ to its first result's data
 * @property {number} oursWarmMs
 * @property {number} plainWarmMs
 */

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
const mb = (/** @type {number} */ bytes) => (bytes / 1024 / 1024).toFixed(1);
const s = (/** @type {number | undefined} */ ms) =>
	ms === undefined ? '?' : (ms / 1000).toFixed(1);

/** The columns: a heading and how to print one result. */
const COLUMNS = /** @type {[string, (r: SizeResult) => string][]} */ ([
	['articles', (r) => String(r.articles)],
	['pages', (r) => String(r.pages)],
	['build s', (r) => s(r.buildMs)],
	['build ms/page', (r) => (r.buildMs / r.pages).toFixed(1)],
	['Pagefind s', (r) => s(r.pagefindMs)],
	['link check s', (r) => s(r.linkCheckMs)],
	['dist MB', (r) => mb(r.distBytes)],
	['dist KB/page', (r) => kb(r.distBytes / r.pages)],
	['HTML KB/page', (r) => kb(r.meanHtmlBytes)],
	['start page KB', (r) => kb(r.homeBytes)],
	['index MB', (r) => mb(r.pagefindBytes)],
	['first search KB', (r) => kb(r.firstSearchBytes)],
	['cold query ms', (r) => r.coldMs.toFixed(0)],
	['warm median ms', (r) => r.warmMedianMs.toFixed(1)],
	['ours open→result ms', (r) => r.oursOpenMs.toFixed(0)],
	['open ÷ plain', (r) => `${(r.oursOpenMs / r.plainOpenMs).toFixed(2)}×`],
	['ours warm ms', (r) => r.oursWarmMs.toFixed(1)],
	['warm ÷ plain', (r) => `${(r.oursWarmMs / r.plainWarmMs).toFixed(2)}×`],
]);

/**
 * The results as a Markdown table, ready to paste into the README.
 * @param {SizeResult[]} results
 * @returns {string}
 */
export function formatTable(results) {
	const rows = [
		COLUMNS.map(([heading]) => heading),
		...results.map((r) => COLUMNS.map(([, cell]) => cell(r))),
	];
	const widths = COLUMNS.map((_, column) =>
		Math.max(...rows.map((row) => (row[column] ?? '').length))
	);
	const line = (/** @type {string[]} */ row) =>
		`| ${row.map((cell, column) => cell.padStart(widths[column] ?? 0)).join(' | ')} |`;
	const rule = `| ${widths.map((width) => `${'-'.repeat(width - 1)}:`).join(' | ')} |`;
	const [head = [], ...body] = rows;
	return [line(head), rule, ...body.map(line)].join('\n');
}

/**
 * Where each size's build spent its time: one row per phase or integration hook, one column per
 * size, as a Markdown table.
 * @param {Map<number, Map<string, number>>} phases articles → (label → ms)
 * @returns {string}
 */
export function formatPhaseTable(phases) {
	const sizes = [...phases.keys()];
	const labels = [...new Set([...phases.values()].flatMap((timings) => [...timings.keys()]))];
	const rows = [
		['phase', ...sizes.map((size) => `${size} articles`)],
		...labels.map((label) => [
			label,
			...sizes.map((size) => String(phases.get(size)?.get(label) ?? '-')),
		]),
	];
	const widths =
		rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
	const line = (/** @type {string[]} */ row) =>
		`| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
	const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
	const [head = [], ...body] = rows;
	return [line(head), rule, ...body.map(line)].join('\n');
}
