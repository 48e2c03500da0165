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
// What pages without a checklist load is the baseline; the rest on a checklist page is the checklist's.
const baselineFiles = new Set(without.flatMap((page) => page.files));
const baselineInline = new Set(without.flatMap((page) => page.inline));

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const pad = (/** @type {string} */ text, /** @type {number} */ width) => text.padEnd(width);

console.log('JavaScript per page (gzip): external files + inline scripts\n');
console.log(
	`${pad('page', 28)}${pad('checklist', 11)}${pad('files', 7)}${pad('external', 12)}${pad('inline', 11)}total`
);
for (const page of pages.sort((a, b) => a.url.localeCompare(b.url))) {
	console.log(
		`${pad(page.url, 28)}${pad(page.hasChecklist ? 'yes' : 'no', 11)}${pad(String(page.files.length), 7)}${pad(kb(page.external), 12)}${pad(kb(page.inlineBytes), 11)}${kb(page.external + page.inlineBytes)}`
	);
}

const total = (/** @type {typeof pages} */ list) =>
	list.reduce((sum, page) => sum + page.external + page.inlineBytes, 0);
console.log(
	`\nPages without a checklist: ${without.length}, ${kb(total(without))} in total, ${kb(total(without) / Math.max(1, without.length))} on average`
);
console.log(
	`Pages with a checklist:    ${withChecklist.length}, ${kb(total(withChecklist))} in total, ${kb(total(withChecklist) / Math.max(1, withChecklist.length))} on average`
);

let failed = false;
console.log(`\nAdded by the checklist (budget ${kb(BUDGET)}):`);
for (const page of withChecklist) {
	const extraFiles = page.files.filter((file) => !baselineFiles.has(file));
	const extraInline = page.inline.filter((code) => !baselineInline.has(code));
	const added =
		extraFiles.reduce((sum, file) => sum + gzipBytes(readFileSync(join(DIST, file), 'utf8')), 0) +
		extraInline.reduce((sum, code) => sum + gzipBytes(code), 0);
	const over = added > BUDGET;
	failed ||= over;
	console.log(`  ${pad(page.url, 26)}${pad(kb(added), 11)}${over ? 'OVER BUDGET' : 'ok'}`);
	for (const file of extraFiles) {
		console.log(`    ${pad(file, 60)}${kb(gzipBytes(readFileSync(join(DIST, file), 'utf8')))}`);
	}
	if (extraInline.length)
		console.log(
			`    ${pad(`${extraInline.length} inline scripts (astro-island runtime)`, 60)}${kb(extraInline.reduce((sum, code) => sum + gzipBytes(code), 0))}`
		);
}

const islandFiles = new Set(
	withChecklist.flatMap((page) => page.files.filter((file) => !baselineFiles.has(file)))
);
const leaks = without.filter((page) => page.files.some((file) => islandFiles.has(file)));
if (leaks.length) {
	failed = true;
	console.log(
		`\nPages without a checklist that load checklist JavaScript: ${leaks.map((page) => page.url).join(', ')}`
	);
}
process.exit(failed ? 1 : 0);
