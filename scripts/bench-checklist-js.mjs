// @ts-check
/**
 * How much JavaScript each built page loads, gzip-compressed, and how much of it comes with the
 * checklist (island, Preact runtime and checklist scripts). Reads `dist/` after `npm run build`:
 * for each HTML page it follows module scripts, <astro-island> component/renderer URLs and their
 * static imports (dynamic imports load only on demand, so they are not counted), and inline
 * scripts. Each file is gzipped on its own, as a server would send it.
 *
 * Usage: npm run build && npm run bench:weight
 * Exits with status 1 if a checklist page adds more than the budget, or if a page without a
 * checklist loads any of the checklist's JavaScript.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
/** The budget for the checklist's JavaScript on a page, in gzip bytes. */
const BUDGET = 8 * 1024;

if (!existsSync(DIST)) {
	console.error('No dist/ folder: run `npm run build` first.');
	process.exit(1);
}

/** @type {Map<string, number>} */
const gzipCache = new Map();
/** @param {string} text */
const gzipBytes = (text) => {
	const cached = gzipCache.get(text);
	if (cached !== undefined) return cached;
	const size = gzipSync(text).length;
	gzipCache.set(text, size);
	return size;
};

/** @type {Map<string, string[]>} */
const importCache = new Map();
/** Static imports of a built JS file, as site paths. @param {string} url */
function staticImports(url) {
	const cached = importCache.get(url);
	if (cached) return cached;
	const code = readFileSync(join(DIST, url), 'utf8');
	const found = [];
	// `import … from "x"`, `import "x"` and `export … from "x"`; not `import("x")`.
	const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
	for (const match of code.matchAll(pattern)) {
		const spec = match[1] ?? '';
		if (spec.startsWith('.') || spec.startsWith('/')) {
			found.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec));
		}
	}
	importCache.set(url, found);
	return found;
}

/** Every JS file a page loads up front: entry points and their static imports. @param {string} html */
function pageScripts(html) {
	const entries = new Set();
	for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) entries.add(match[1]);
	for (const match of html.matchAll(
		/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g
	))
		entries.add(match[1]);
	for (const match of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const spec of match[1]?.matchAll(
			/import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g
		) ?? [])
			if (spec[1]?.startsWith('/')) entries.add(spec[1]);
	}
	const files = new Set();
	const visit = (/** @type {string} */ url) => {
		if (files.has(url) || !url.endsWith('.js') || !existsSync(join(DIST, url))) return;
		files.add(url);
		for (const next of staticImports(url)) visit(next);
	};
	for (const entry of entries) visit(entry);
	const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((match) => match[1] ?? '')
		.filter((code) => code.trim() && !code.trim().startsWith('{'));
	return { files: [...files], inline };
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const pages = htmlFiles(DIST).map((path) => {
	const html = readFileSync(path, 'utf8');
	const { files, inline } = pageScripts(html);
	const url =
		'/' +
		relative(DIST, path)
			.replace(/index\.html$/, '')
			.replace(/\\/g, '/');
	return {
		url,
		hasChecklist: html.includes('data-checklist='),
		isArticle: html.includes('data-pagefind-body'),
		islandEntries: [...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map(
			(match) => match[1] ?? ''
		),
		files,
		inline,
		external: files.reduce(
			(sum, file) => sum + gzipBytes(readFileSync(join(DIST, file), 'utf8')),
			0
		),
		inlineBytes: inline.reduce((sum, code) => sum + gzipBytes(code), 0),
	};
});

const without = pages.filter((page) => !page.hasChecklist);
const withChecklist = pages.filter((page) => page.hasChecklist);
// The baseline is what every docs article without a checklist loads (the site-wide scripts), so the
// difference on a checklist page is exactly what the checklist brings, shared modules included.
const articles = without.filter((page) => page.isArticle);
const baselinePages = articles.length ? articles : without;
const everywhere = (/** @type {(page: (typeof pages)[number]) => string[]} */ pick) =>
	new Set(
		baselinePages.length
			? pick(baselinePages[0]).filter((item) =>
					baselinePages.every((page) => pick(page).includes(item))
				)
			: []
	);
const baselineFiles = everywhere((page) => page.files);
const baselineInline = everywhere((page) => page.inline);
const fileBytes = (/** @type {string} */ file) => gzipBytes(readFileSync(join(DIST, file), 'utf8'));
const sum = (/** @type {number[]} */ values) => values.reduce((total, value) => total + value, 0);

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const pad = (/** @type {string} */ text, /** @type {number} */ width) => text.padEnd(width);

console.log(
	'JavaScript per page, gzip: external files (what the budget counts) and inline scripts\n'
);
console.log(
	`${pad('page', 26)}${pad('checklist', 11)}${pad('files', 7)}${pad('external', 12)}${pad('inline', 11)}total`
);
for (const page of pages.sort((a, b) => a.url.localeCompare(b.url))) {
	console.log(
		`${pad(page.url, 26)}${pad(page.hasChecklist ? 'yes' : 'no', 11)}${pad(String(page.files.length), 7)}${pad(kb(page.external), 12)}${pad(kb(page.inlineBytes), 11)}${kb(page.external + page.inlineBytes)}`
	);
}

const totals = (/** @type {typeof pages} */ list) => ({
	external: sum(list.map((page) => page.external)),
	all: sum(list.map((page) => page.external + page.inlineBytes)),
});
for (const [label, list] of /** @type {const} */ ([
	['without a checklist', without],
	['with a checklist', withChecklist],
])) {
	const { external, all } = totals(list);
	console.log(
		`\nPages ${label}: ${list.length}; external ${kb(external)} in total (${kb(external / Math.max(1, list.length))} each on average); with inline ${kb(all)}`
	);
}

let failed = false;
console.log(
	`\nAdded by the checklist, compared with ${baselinePages.map((page) => page.url).join(' and ')} (budget ${kb(BUDGET)} of external JS):`
);
for (const page of withChecklist) {
	const extraFiles = page.files.filter((file) => !baselineFiles.has(file));
	const extraInline = page.inline.filter((code) => !baselineInline.has(code));
	const added = sum(extraFiles.map(fileBytes));
	const over = added > BUDGET;
	failed ||= over;
	console.log(
		`  ${pad(page.url, 24)}${pad(kb(added), 11)}${over ? 'OVER BUDGET' : 'within budget'}`
	);
	for (const file of extraFiles) console.log(`    ${pad(file, 62)}${kb(fileBytes(file))}`);
	console.log(
		`    ${pad(`+ inline (Astro's island loader, not counted): ${extraInline.length} scripts`, 62)}${kb(sum(extraInline.map(gzipBytes)))}`
	);
}

// The island and Preact runtime: everything the component and renderer URLs load, less the progress
// store modules, which the progress page and the start page's solved notice share on purpose.
const islandFiles = new Set();
for (const page of withChecklist) {
	for (const entry of page.islandEntries) {
		const visit = (/** @type {string} */ url) => {
			if (islandFiles.has(url) || !existsSync(join(DIST, url))) return;
			islandFiles.add(url);
			staticImports(url).forEach(visit);
		};
		visit(entry);
	}
}
const shared = [...islandFiles].filter((file) => /progress|checklist-dom/.test(file));
for (const file of shared) islandFiles.delete(file);
const leaks = without.filter((page) => page.files.some((file) => islandFiles.has(file)));
console.log(`\nIsland and Preact runtime: ${[...islandFiles].join(', ')}`);
console.log(
	`Loaded by a page without a checklist: ${leaks.length ? `YES (${leaks.map((page) => page.url).join(', ')})` : 'no'}`
);
failed ||= leaks.length > 0;

// The offline copy the service worker stores (see src/integrations/service-worker.ts).
const offline = existsSync(join(DIST, 'offline-manifest.json'))
	? JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8'))
	: null;
console.log(
	offline
		? `\nOffline precache: ${offline.files} files, ${kb(offline.bytes)} stored, ${kb(sum(offline.urls.map((/** @type {string} */ url) => gzipSync(readFileSync(join(DIST, url))).length)))} gzip to download`
		: '\nOffline precache: none (no dist/offline-manifest.json)'
);
process.exit(failed ? 1 : 0);
