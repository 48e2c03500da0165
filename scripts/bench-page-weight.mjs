// @ts-check
/**
 * Page weight as a reader's browser sees it: loads every built page in Chromium with an empty
 * cache, scrolls to the end (so islands that hydrate when visible load too), waits for the network
 * to go idle, and prints per page and as a median the gzip bytes of JavaScript, CSS and HTML and
 * the number of requests. Budgets are printed as PASS/FAIL lines. The service worker is blocked
 * here: its precache is a one-off download, reported on its own line.
 *
 * Then the checklist's own JavaScript on every article with one, file by file, split by when it
 * loads: with the page (progress store, resume note) or when the checklist scrolls into view (the
 * island and the Preact runtime, budgeted at 8 KB); and whether any page without a checklist
 * loads the island.
 *
 * Usage: npm run build && npm run bench:weight (exits 1 when a budget fails)
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const KB = 1024;
const BUDGETS = {
	/** The shell every page loads: theme and search bootstrap. Pages without islands load only this. */
	bootstrapJs: 2 * KB,
	/** An article with checklists, islands included. */
	checklistPageJs: 12 * KB,
	/** Everything on any page, fonts and images included. */
	pageTotal: 40 * KB,
	/** What a checklist loads when it comes into view: the island and the Preact runtime. */
	checklistIsland: 8 * KB,
	/** What a checklist page runs from the start to save ticks (store, facts, tick binding). */
	checklistAtLoad: 3 * KB,
};
/** Requests an article makes on first load, before any scrolling (a stock Starlight page makes 9). */
const REQUESTS_BUDGET = 9;
let failed = false;

if (!existsSync('dist/sitemap-0.xml')) {
	console.error('No built site: run `npm run build` first.');
	process.exit(1);
}
const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [
	...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
	'/search/?q=backup',
	'/no-such-page/',
];

const preview = await startPreview(Number(process.env.BENCH_PORT ?? 4363));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
/** @typedef {{ path: string, checklist: boolean, islands: string[], js: number, css: number, html: number, other: number, requests: number, requestsAtLoad: number, scripts: Map<string, number> }} Row */
/** @type {Row[]} */
const rows = [];
/** @type {{ path: string, atLoad: Map<string, number>, onView: Map<string, number> }[]} */
const checklistRows = [];
try {
	for (const path of paths) rows.push(await measure(path));
	for (const row of rows) if (row.checklist) checklistRows.push(await measureChecklist(row.path));
} finally {
	await browser.close();
	preview.stop();
}

const kb = (/** @type {number} */ bytes) => `${(bytes / KB).toFixed(2)} KB`.padStart(10);
const total = (/** @type {(typeof rows)[number]} */ row) => row.js + row.css + row.html + row.other;
console.log('\nPage weight on first load (gzip), Chromium, empty cache, service worker blocked\n');
console.log(
	`${'page'.padEnd(34)}${'JS'.padStart(10)}${'CSS'.padStart(10)}${'HTML'.padStart(10)}${'other'.padStart(10)}${'total'.padStart(10)}${'requests'.padStart(10)}${'at load'.padStart(9)}`
);
for (const row of rows) {
	console.log(
		`${row.path.padEnd(34)}${kb(row.js)}${kb(row.css)}${kb(row.html)}${kb(row.other)}${kb(total(row))}${String(row.requests).padStart(10)}${String(row.requestsAtLoad).padStart(9)}`
	);
}
const median = (/** @type {number[]} */ values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
console.log(
	`${'median'.padEnd(34)}${kb(median(rows.map((r) => r.js)))}${kb(median(rows.map((r) => r.css)))}${kb(median(rows.map((r) => r.html)))}${kb(median(rows.map((r) => r.other)))}${kb(median(rows.map(total)))}${String(median(rows.map((r) => r.requests))).padStart(10)}${String(median(rows.map((r) => r.requestsAtLoad))).padStart(9)}`
);
console.log(
	'(requests: everything after scrolling to the end; at load: before any scrolling, the page as first opened)'
);

console.log('\nBudgets');
// The progress page and search results are tools, not reading pages: they are reported above but
// judged by no reading-page budget (search results load the index by design).
const tools = ['/progress/', '/search/?q=backup'];
const reading = rows.filter((row) => !tools.includes(row.path));
const withChecklists = reading.filter((row) => row.checklist);
// The shell every page loads (theme, drawer, search bootstrap): what all pages have in common.
const shell = new Map(
	[...(rows[0]?.scripts ?? [])].filter(([url]) => rows.every((row) => row.scripts.has(url)))
);
const shellBytes = [...shell.values()].reduce((sum, bytes) => sum + bytes, 0);
const withoutIslands = rows.filter((row) => row.islands.length === 0);
report(
	'Shell JS every page loads (theme + search bootstrap) < 2 KB',
	shellBytes,
	BUDGETS.bootstrapJs
);
const beyondShell = withoutIslands.map((row) => ({
	path: row.path,
	extra: [...row.scripts]
		.filter(([url]) => !shell.has(url))
		.reduce((sum, [, bytes]) => sum + bytes, 0),
}));
const worstBeyond = beyondShell.reduce((worst, row) => (row.extra > worst.extra ? row : worst), {
	path: '-',
	extra: 0,
});
report(
	`Pages without islands (${withoutIslands.length}) load 0 bytes beyond the shell`,
	worstBeyond.extra,
	0
);
if (worstBeyond.extra > 0) console.log(`      (worst: ${worstBeyond.path})`);
report(
	'JS on articles with checklists < 12 KB',
	Math.max(...withChecklists.map((r) => r.js)),
	BUDGETS.checklistPageJs
);
report(
	'Everything on any reading page < 40 KB',
	Math.max(...reading.map(total)),
	BUDGETS.pageTotal
);
const articles = reading.filter((row) => row.path.startsWith('/fixes/'));
const mostRequests = articles.reduce(
	(worst, row) => (row.requestsAtLoad > worst.requestsAtLoad ? row : worst),
	{ path: '-', requestsAtLoad: 0 }
);
failed ||= mostRequests.requestsAtLoad > REQUESTS_BUDGET;
console.log(
	`${mostRequests.requestsAtLoad <= REQUESTS_BUDGET ? 'PASS' : 'FAIL'}  Requests on an article's first load <= ${REQUESTS_BUDGET}: worst page ${mostRequests.requestsAtLoad} (${mostRequests.path}; median ${median(articles.map((row) => row.requestsAtLoad))}, ${median(articles.map((row) => row.requests))} after scrolling to the end)`
);
console.log(
	'\nIslands (elements marked data-island) and the JavaScript they add beyond the shell:'
);
for (const row of rows.filter((item) => item.islands.length > 0)) {
	const extra = [...row.scripts].filter(([url]) => !shell.has(url));
	console.log(
		`  ${row.path.padEnd(36)}${row.islands.join(', ').padEnd(30)}${kb(extra.reduce((sum, [, bytes]) => sum + bytes, 0))}`
	);
}

const manifestPath = 'dist/offline-manifest.json';
if (existsSync(manifestPath)) {
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	console.log(
		`\nOffline precache (downloaded once, in the background): ${manifest.files ?? manifest.count ?? '?'} files, ${((manifest.bytes ?? manifest.totalBytes ?? 0) / KB).toFixed(0)} KB stored`
	);
}

reportChecklists();
process.exit(failed ? 1 : 0);

/**
 * The checklist's JavaScript: what a checklist article loads beyond a docs page without one
 * (/errors/), at load and once the checklist is in view.
 */
function reportChecklists() {
	const baseline = rows.find((row) => row.path === '/errors/')?.scripts ?? new Map();
	const sum = (/** @type {Map<string, number>} */ files) =>
		[...files.values()].reduce((total, bytes) => total + bytes, 0);
	const added = (/** @type {Map<string, number>} */ files) =>
		new Map([...files].filter(([url]) => !baseline.has(url)));
	const name = (/** @type {string} */ url) => new URL(url).pathname;
	console.log(
		'\nChecklist JavaScript (gzip), beyond what /errors/ loads, on every article with a checklist'
	);
	/** @type {Set<string>} */
	const island = new Set();
	for (const row of checklistRows) {
		const atLoad = added(row.atLoad);
		const onView = added(row.onView);
		onView.forEach((_, url) => island.add(url));
		console.log(
			`  ${row.path.padEnd(36)}with the page ${kb(sum(atLoad))}   in view ${kb(sum(onView))}   all ${kb(sum(atLoad) + sum(onView))}`
		);
	}
	const sample = checklistRows[0];
	if (!sample) return;
	console.log(`\n  Files, for ${sample.path}:`);
	for (const [label, files] of /** @type {const} */ ([
		['with the page', added(sample.atLoad)],
		['when the checklist comes into view', added(sample.onView)],
	])) {
		console.log(`    ${label}:`);
		for (const [url, bytes] of files) console.log(`      ${name(url).padEnd(56)}${kb(bytes)}`);
	}
	console.log('\nBudgets');
	report(
		'Checklist JS with the page (saving ticks, before the island) < 3 KB',
		Math.max(...checklistRows.map((row) => sum(added(row.atLoad)))),
		BUDGETS.checklistAtLoad
	);
	report(
		'Checklist island + Preact runtime < 8 KB',
		Math.max(...checklistRows.map((row) => sum(added(row.onView)))),
		BUDGETS.checklistIsland
	);
	// The progress page shares the store by design, and the search page renders with Preact; what
	// must stay on checklist pages is the island itself.
	const leaks = rows.filter(
		(row) =>
			!row.checklist &&
			[...row.scripts.keys()].some((url) => island.has(url) && !/preact/.test(url))
	);
	const leakLabel = 'No page without a checklist loads the island';
	console.log(
		leaks.length
			? `FAIL  ${leakLabel}: ${leaks.map((row) => row.path).join(', ')}`
			: `PASS  ${leakLabel}`
	);
	failed ||= leaks.length > 0;
	console.log(
		`      (everything the checklist adds, progress store and resume note included: worst page ${(Math.max(...checklistRows.map((row) => sum(added(row.atLoad)) + sum(added(row.onView)))) / KB).toFixed(2)} KB)`
	);
}

/**
 * @param {string} label
 * @param {number} worst
 * @param {number} budget
 */
function report(label, worst, budget) {
	failed ||= worst > budget;
	console.log(
		`${worst <= budget ? 'PASS' : 'FAIL'}  ${label}: worst page ${(worst / KB).toFixed(2)} KB`
	);
}

/**
 * The JavaScript a checklist article loads with the page (not scrolled), and then what loads once
 * its first checklist is scrolled into view and hydrated.
 * @param {string} path
 */
async function measureChecklist(path) {
	const { context, page } = await openPage();
	const responses = recordResponses(page);
	await page.goto(preview.base + path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(300);
	const atLoad = scriptsOf(await responses.settled());
	await page.locator('[data-checklist-body]').first().scrollIntoViewIfNeeded();
	await page.locator('[data-checklist-body][data-hydrated]').first().waitFor();
	await page.waitForLoadState('networkidle');
	const onView = new Map(
		[...scriptsOf(await responses.settled())].filter(([url]) => !atLoad.has(url))
	);
	await context.close();
	return { path, atLoad, onView };
}

/** A fresh context as a first-time reader on a phone has it: empty cache, no service worker. */
async function openPage() {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 390, height: 844 },
	});
	return { context, page: await context.newPage() };
}

/**
 * Records every response the page receives: its resource type and gzip size, by URL.
 * @param {import('@playwright/test').Page} page
 */
function recordResponses(page) {
	/** @type {Map<string, { type: string, bytes: number }>} */
	const responses = new Map();
	/** @type {Promise<void>[]} */
	const pending = [];
	page.on('response', (response) => {
		pending.push(
			response
				.body()
				.catch(() => Buffer.alloc(0))
				.then((body) => {
					const type = response.request().resourceType();
					responses.set(response.url(), { type, bytes: gzipSync(body).length });
				})
		);
	});
	return { settled: async () => (await Promise.all(pending), responses) };
}

/**
 * The scripts among recorded responses, as URL → gzip bytes.
 * @param {Map<string, { type: string, bytes: number }>} responses
 */
function scriptsOf(responses) {
	return new Map(
		[...responses]
			.filter(([, { type }]) => type === 'script')
			.map(([url, { bytes }]) => [url, bytes])
	);
}

/** @param {string} path */
async function measure(path) {
	const { context, page } = await openPage();
	const recorded = recordResponses(page);
	await page.goto(preview.base + path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(300);
	const requestsAtLoad = (await recorded.settled()).size;
	// Scroll a screen at a time, as a reader would, so every island that waits to be seen loads.
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0; y < height; y += 700) {
		await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForTimeout(60);
	}
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	const responses = await recorded.settled();
	const sizes = { js: 0, css: 0, html: 0, other: 0, requests: responses.size };
	const field = /** @type {Record<string, 'js' | 'css' | 'html'>} */ ({
		script: 'js',
		stylesheet: 'css',
		document: 'html',
	});
	for (const { type, bytes } of responses.values()) sizes[field[type] ?? 'other'] += bytes;
	const checklist = (await page.locator('section.checklist').count()) > 0;
	// Interactive parts mark themselves with data-island; a page without any gets the shell only.
	const islands = await page.evaluate(() => [
		...new Set(
			[...document.querySelectorAll('[data-island]')].map(
				(el) => el.getAttribute('data-island') ?? ''
			)
		),
	]);
	await context.close();
	return { path, checklist, islands, ...sizes, requestsAtLoad, scripts: scriptsOf(responses) };
}
