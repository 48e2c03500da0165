// @ts-check
/**
 * Page weight as a reader's browser sees it: loads every built page in Chromium with an empty
 * cache, scrolls to the end (so islands that hydrate when visible load too), waits for the network
 * to go idle, and prints per page and as a median the gzip bytes of JavaScript, CSS and HTML and
 * the number of requests. Budgets are printed as PASS/FAIL lines. The service worker is blocked
 * here: its precache is a one-off download, reported on its own line.
 *
 * Usage: npm run build && npm run bench:weight
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const KB = 1024;
const BUDGETS = {
	/** A page without islands: only the theme and search bootstrap. */
	bootstrapJs: 2 * KB,
	/** An article with checklists, islands included. */
	checklistPageJs: 12 * KB,
	/** Everything on any page, fonts and images included. */
	pageTotal: 40 * KB,
};

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

const preview = await startPreview(4363);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
/** @type {{ path: string, checklist: boolean, js: number, css: number, html: number, other: number, requests: number }[]} */
const rows = [];
try {
	for (const path of paths) rows.push(await measure(path));
} finally {
	await browser.close();
	preview.stop();
}

const kb = (/** @type {number} */ bytes) => `${(bytes / KB).toFixed(2)} KB`.padStart(10);
const total = (/** @type {(typeof rows)[number]} */ row) => row.js + row.css + row.html + row.other;
console.log('\nPage weight on first load (gzip), Chromium, empty cache, service worker blocked\n');
console.log(
	`${'page'.padEnd(34)}${'JS'.padStart(10)}${'CSS'.padStart(10)}${'HTML'.padStart(10)}${'other'.padStart(10)}${'total'.padStart(10)}${'requests'.padStart(10)}`
);
for (const row of rows) {
	console.log(
		`${row.path.padEnd(34)}${kb(row.js)}${kb(row.css)}${kb(row.html)}${kb(row.other)}${kb(total(row))}${String(row.requests).padStart(10)}`
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
	`${'median'.padEnd(34)}${kb(median(rows.map((r) => r.js)))}${kb(median(rows.map((r) => r.css)))}${kb(median(rows.map((r) => r.html)))}${kb(median(rows.map((r) => r.other)))}${kb(median(rows.map(total)))}${String(median(rows.map((r) => r.requests))).padStart(10)}`
);

console.log('\nBudgets');
// The progress page and search results are tools, not reading pages: they are reported above but
// judged by no reading-page budget (search results load the index by design).
const tools = ['/progress/', '/search/?q=backup'];
const reading = rows.filter((row) => !tools.includes(row.path));
const withoutIslands = reading.filter((row) => !row.checklist);
const withChecklists = reading.filter((row) => row.checklist);
report(
	'JS on pages without islands (theme + search bootstrap) < 2 KB',
	Math.max(...withoutIslands.map((r) => r.js)),
	BUDGETS.bootstrapJs
);
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
const worstWithout = withoutIslands.reduce((worst, row) => (row.js > worst.js ? row : worst));
console.log(`      (heaviest page without islands: ${worstWithout.path})`);

const manifestPath = 'dist/offline-manifest.json';
if (existsSync(manifestPath)) {
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	console.log(
		`\nOffline precache (downloaded once, in the background): ${manifest.files ?? manifest.count ?? '?'} files, ${((manifest.bytes ?? manifest.totalBytes ?? 0) / KB).toFixed(0)} KB stored`
	);
}

/**
 * @param {string} label
 * @param {number} worst
 * @param {number} budget
 */
function report(label, worst, budget) {
	console.log(
		`${worst <= budget ? 'PASS' : 'FAIL'}  ${label}: worst page ${(worst / KB).toFixed(2)} KB`
	);
}

/** @param {string} path */
async function measure(path) {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 390, height: 844 },
	});
	const page = await context.newPage();
	const sizes = { js: 0, css: 0, html: 0, other: 0, requests: 0 };
	/** @type {Promise<void>[]} */
	const pending = [];
	page.on('response', (response) => {
		pending.push(
			(async () => {
				const body = await response.body().catch(() => Buffer.alloc(0));
				const bytes = gzipSync(body).length;
				const type = response.request().resourceType();
				sizes.requests += 1;
				if (type === 'script') sizes.js += bytes;
				else if (type === 'stylesheet') sizes.css += bytes;
				else if (type === 'document') sizes.html += bytes;
				else sizes.other += bytes;
			})()
		);
	});
	await page.goto(preview.base + path, { waitUntil: 'networkidle' });
	// Scroll a screen at a time, as a reader would, so every island that waits to be seen loads.
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0; y < height; y += 700) {
		await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForTimeout(60);
	}
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	await Promise.all(pending);
	const checklist = (await page.locator('section.checklist').count()) > 0;
	await context.close();
	return { path, checklist, ...sizes };
}
