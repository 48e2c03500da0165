// @ts-check
/**
 * Page weight as a reader's browser sees it: loads every built page in Chromium with an empty
 * cache, scrolls to the end (so islands that hydrate when visible load too), waits for the network
 * to go idle, and prints per page and as a median the gzip bytes of JavaScript, CSS and HTML and
 * the number of requests. Budgets (page-weight/budgets.mjs) are printed as PASS/FAIL lines. The
 * service worker is blocked here: its precache is a one-off download, reported on its own line.
 *
 * Then the checklist's own JavaScript on every article with one, file by file, split by when it
 * loads: with the page (progress store, resume note) or when the checklist scrolls into view (the
 * island and the Preact runtime); and whether any page without a checklist loads the island.
 *
 * Usage: npm run build && npm run bench:weight (exits 1 when a budget fails)
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { startPreview } from './lib/preview.mjs';
import { builtSitemapPaths } from './lib/sitemap.mjs';
import { pageMeter } from './page-weight/measure.mjs';
import { pageWeightReport } from './page-weight/report.mjs';

/** Pages beyond the sitemap: search results, and an address the site does not have. */
const UNLISTED = ['/search/?q=backup', '/no-such-page/'];
const MANIFEST = 'dist/offline-manifest.json';

/** @type {string[]} */
let paths;
try {
	paths = [...builtSitemapPaths(), ...UNLISTED];
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}

const preview = await startPreview(Number(process.env.BENCH_PORT ?? 4363));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
/** @type {import('./page-weight/measure.mjs').PageRow[]} */
const rows = [];
/** @type {import('./page-weight/measure.mjs').ChecklistRow[]} */
const checklistRows = [];
try {
	const meter = pageMeter(browser, preview.base);
	for (const path of paths) rows.push(await meter.measurePage(path));
	for (const row of rows) {
		if (row.checklist) checklistRows.push(await meter.measureChecklist(row.path));
	}
} finally {
	await browser.close();
	preview.stop();
}

const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : undefined;
const { lines, failed } = pageWeightReport({ rows, checklistRows, manifest });
for (const line of lines) console.log(line);
process.exit(failed ? 1 : 0);
