// @ts-check
/**
 * How build and search costs grow with the number of articles. For each size it copies
 * src/content/docs into a temporary folder, adds that many synthetic fix articles, builds the site
 * from it (DOCS_CONTENT_DIR), measures dist/ and the Pagefind index, serves the build and times a
 * first search in Chromium, then deletes the folder. Prints a Markdown table.
 *
 * Usage: npm run bench:scale [-- --sizes=100,1000,5000] [-- --timeout-min=20]
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { writeSyntheticArticles } from './bench-scale/generate.mjs';
import { runBuild, integrationTimings, phaseTimings } from './bench-scale/run-build.mjs';
import { folderSize } from './bench-scale/folder-size.mjs';
import { htmlSizes } from './bench-scale/html-sizes.mjs';
import { openBuiltSite } from '../src/integrations/built-site.ts';
import { serveFolder } from './lib/static-server.mjs';
import { measureSearch, compareWithPlainPagefind } from './bench-scale/measure-search.mjs';
import { formatTable, formatPhaseTable } from './bench-scale/table.mjs';

/** @param {string} name @param {string} fallback */
const flag = (name, fallback) =>
	process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = flag('sizes', '100,1000,5000')
	.split(',')
	.map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 0)) {
	console.error('--sizes takes whole numbers separated by commas, e.g. --sizes=100,1000');
	process.exit(2);
}
// Per build, so one runaway size cannot hold the machine: the bench always stops by itself.
const timeoutMs = Number(flag('timeout-min', '20')) * 60_000;

const executablePath = findChromium();
if (!executablePath) {
	console.error('No Chromium found: run `node scripts/ensure-browser.mjs` first.');
	process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** @type {import('./bench-scale/table.mjs').SizeResult[]} */
const results = [];
let failed = false;
/** @type {string[]} */
const notes = [];
/** Where each size's build spent its time, from the build's own log. @type {Map<number, Map<string, number>>} */
const phases = new Map();
try {
	for (const articles of sizes) {
		const folder = await mkdtemp(join(tmpdir(), 'backup-rescue-scale-'));
		try {
			// content/docs inside the folder, so the build's "fixes need a checklist" rule applies too.
			const contentDir = join(folder, 'content', 'docs');
			await cp('src/content/docs', contentDir, { recursive: true });
			await writeSyntheticArticles(contentDir, articles);
			console.info(`${articles} articles: building…`);
			const dist = join(folder, 'dist');
			const build = await runBuild({
				contentDir,
				outDir: dist,
				cacheDir: join(folder, 'cache'),
				timeoutMs,
			});
			phases.set(articles, phaseTimings(build.log));
			if (!build.ok) {
				failed = true;
				const why = build.timedOut
					? `timed out after ${(build.ms / 60_000).toFixed(1)} min`
					: 'failed';
				const { pagefindMs } = integrationTimings(build.log);
				const note = `${articles} articles: build ${why}${pagefindMs === undefined ? '' : ` (Pagefind had indexed in ${(pagefindMs / 1000).toFixed(1)} s)`}`;
				notes.push(note);
				console.error(`${note}. Last lines of its log:`);
				console.error(build.log.split('\n').slice(-12).join('\n'));
				continue;
			}
			// One walk of dist/ for every size measured below (the same walker the build's checks use).
			const site = await openBuiltSite(dist);
			const html = await htmlSizes(site);
			const server = await serveFolder(dist);
			console.info(`${articles} articles: built in ${(build.ms / 1000).toFixed(1)} s; searching…`);
			try {
				const search = await measureSearch(browser, server.origin);
				const ratios = await compareWithPlainPagefind(browser, server.origin);
				console.info(
					`${articles} articles: first search found ${search.results} pages in ${search.requests} requests.`
				);
				results.push({
					articles,
					pages: html.pages,
					buildMs: build.ms,
					...integrationTimings(build.log),
					distBytes: (await folderSize(site)).bytes,
					meanHtmlBytes: html.meanBytes,
					homeBytes: html.homeBytes,
					pagefindBytes: (await folderSize(site, 'pagefind/')).bytes,
					...search,
					...ratios,
				});
			} finally {
				await server.close();
			}
		} finally {
			await rm(folder, { recursive: true, force: true });
		}
	}
} finally {
	await browser.close();
}

console.info('');
console.info(formatTable(results));
console.info("\nBuild time by phase and integration (ms), from each build's log:\n");
console.info(formatPhaseTable(phases));
for (const note of notes) console.info(`\n${note}`);
process.exit(failed ? 1 : 0);
