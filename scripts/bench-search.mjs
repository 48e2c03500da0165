// @ts-check
/**
 * Search benchmark: runs every query in bench/search-queries.json against the built site in
 * Chromium, through the /search/?q= page, and against plain Pagefind on the same index as the
 * baseline. Prints top-1/top-3 accuracy by kind and latency (cold first query including the index
 * load, then warm). Needs `npm run build` first; starts its own `astro preview` on a free port.
 * `--strict` exits non-zero when a target is missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { startPreview } from './lib/preview.mjs';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { probeFirstResult } from './first-result-probe.mjs';

/** @typedef {{ query: string, expected: string, kind: 'exact' | 'paraphrase' | 'typo' }} BenchQuery */
/** @typedef {{ q: BenchQuery, slugs: string[], ms: number, firstMs?: number }} Outcome */
/** @typedef {{ outcomes: Outcome[], openToResultMs: number }} Run */

const TARGETS = { exactTop1: 1, allTop1: 0.9, allTop3: 0.98, warmMedianMs: 30, coldMs: 300 };
/** Our times as multiples of plain Pagefind's on the same index, measured in the same run. */
const RATIO_TARGETS = { openToResult: 1.3, warmMedian: 2 };
const strict = process.argv.includes('--strict');
/** Runs of the whole query set per side; the ratios use the median over runs. */
const ROUNDS = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.split('=')[1] ?? 3);

if (!existsSync('dist/pagefind/pagefind.js')) {
	console.error('No built site with a search index in dist/. Run `npm run build` first.');
	process.exit(1);
}

/** @type {BenchQuery[]} */
const queries = JSON.parse(readFileSync('bench/search-queries.json', 'utf8'));
const port = await freePort();
// Its own preview beside any other (also ends the bench's server on exit).
const preview = await startPreview(port);
const base = preview.base;
process.on('exit', () => preview.stop());

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	const data = await (await fetch(`${base}/search-data.json`)).json();
	const slugs = new Set(data.pages.map((/** @type {{url: string}} */ page) => slugOf(page.url)));
	const missing = [...new Set(queries.map((q) => q.expected))].filter((slug) => !slugs.has(slug));
	const runnable = queries.filter((q) => slugs.has(q.expected));
	if (missing.length > 0) {
		console.info(
			`Missing articles (their ${queries.length - runnable.length} queries are skipped): ${missing.join(', ')}`
		);
	}

	// Interleaved, so the machine's load falls on both alike; the medians are compared.
	/** @type {Run[]} */
	const ourRuns = [];
	/** @type {Run[]} */
	const plainRuns = [];
	/** @type {number[]} */
	const plainLoops = [];
	for (let round = 0; round < ROUNDS; round++) {
		ourRuns.push(await benchSite(runnable));
		plainRuns.push(await benchPlainPagefind(runnable));
		plainLoops.push(await benchPlainLoop(runnable));
	}
	const ours = /** @type {Run} */ (ourRuns[0]).outcomes;
	const plain = /** @type {Run} */ (plainRuns[0]).outcomes;
	report('Backup Rescue search (/search/?q=)', ours);
	report('Plain Pagefind, same index (baseline)', plain);
	const ratioMisses = reportRatios(ourRuns, plainRuns, plainLoops);
	const failures = ours.filter((o) => o.slugs[0] !== o.q.expected);
	if (failures.length > 0) {
		console.info('\nNot first in our search:');
		for (const o of failures) {
			console.info(
				`  [${o.q.kind}] "${o.q.query}" → expected ${o.q.expected}, got ${o.slugs.slice(0, 3).join(', ') || '(nothing)'}`
			);
		}
	}
	const missed = [...checkTargets(ours), ...ratioMisses];
	if (missed.length > 0) console.info(`\nTargets missed: ${missed.join('; ')}`);
	else console.info('\nAll targets met.');
	if (strict && missed.length > 0) process.exitCode = 1;
} finally {
	await browser.close();
	preview.stop();
}

/**
 * Our search, as a reader uses it: the first query opens /search/?q= in a fresh browser (cold:
 * nothing cached, index not loaded); the rest are typed into the page's box, which searches in place.
 * @param {BenchQuery[]} list
 * @returns {Promise<Run>}
 */
async function benchSite(list) {
	const context = await browser.newContext();
	const page = await context.newPage();
	// When the first results are on screen, counted from the start of navigation.
	await probeFirstResult(page);
	let openToResultMs = NaN;
	/** @type {Outcome[]} */
	const outcomes = [];
	for (const [index, q] of list.entries()) {
		if (index === 0) {
			await page.goto(`${base}/search/?${new URLSearchParams({ q: q.query })}`);
		} else {
			await page.fill('#search-page-input', q.query);
			await page.press('#search-page-input', 'Enter');
		}
		await page.waitForFunction(
			(query) => {
				const main = document.querySelector('main');
				return main?.dataset.searchState === 'done' && main.dataset.searchQuery === query.trim();
			},
			q.query,
			{ timeout: 15_000 }
		);
		const result = await page.evaluate(() => ({
			slugs: [...document.querySelectorAll('.search-results [data-result-slug]')].map(
				(item) => /** @type {HTMLElement} */ (item).dataset.resultSlug ?? ''
			),
			ms: Number(document.querySelector('main')?.dataset.searchMs ?? NaN),
			firstMs: Number(document.querySelector('main')?.dataset.searchFirstMs ?? NaN),
		}));
		if (index === 0)
			openToResultMs = await page.evaluate(() => /** @type {any} */ (window).__firstResultAt);
		outcomes.push({ q, ...result });
	}
	await context.close();
	return { outcomes, openToResultMs };
}

/**
 * Plain Pagefind, default options, in a fresh browser, as a minimal site would wire it: the first
 * query runs as the page opens (cold: script, WebAssembly and index from nothing); the rest are
 * typed into a plain search box whose submit runs `pagefind.search()` and shows the top three
 * results' excerpts. Warm queries thus pay the same round trips as ours (Playwright types, the
 * page answers), rather than running back to back inside one script (see `benchPlainLoop`).
 * @param {BenchQuery[]} list
 * @returns {Promise<Run>}
 */
async function benchPlainPagefind(list) {
	const context = await browser.newContext();
	const page = await context.newPage();
	// The results page without a query loads no search code, so Pagefind starts from nothing.
	await page.goto(`${base}/search/`);
	const [firstQuery, ...rest] = list;
	const first = await page.evaluate(async (text) => {
		const started = performance.now();
		// Through a variable: the module exists only on the built site, not for the type checker.
		const url = '/pagefind/pagefind.js';
		const pagefind = await import(url);
		/** @type {any} */ (window).__plainPagefind = pagefind;
		const search = await pagefind.search(text);
		const top = await Promise.all(
			search.results.slice(0, 3).map((/** @type {any} */ r) => r.data())
		);
		return {
			urls: top.map((/** @type {{url: string}} */ d) => d.url),
			ms: performance.now() - started,
			// From the start of navigation, as for our page.
			at: performance.now(),
		};
	}, firstQuery?.query ?? '');
	await page.evaluate(() => {
		const form = document.createElement('form');
		const input = Object.assign(document.createElement('input'), { id: 'plain-input' });
		const results = Object.assign(document.createElement('ol'), { id: 'plain-results' });
		form.append(input);
		document.body.prepend(form, results);
		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			const started = performance.now();
			const query = input.value;
			const search = await /** @type {any} */ (window).__plainPagefind.search(query);
			const top = await Promise.all(
				search.results.slice(0, 3).map((/** @type {any} */ r) => r.data())
			);
			results.replaceChildren(
				...top.map((/** @type {{url: string, excerpt: string}} */ d) => {
					const item = document.createElement('li');
					item.dataset.url = d.url;
					item.innerHTML = d.excerpt;
					return item;
				})
			);
			results.dataset.ms = String(performance.now() - started);
			results.dataset.query = query;
		});
	});
	/** @type {Outcome[]} */
	const outcomes = [];
	if (firstQuery) outcomes.push({ q: firstQuery, slugs: first.urls.map(slugOf), ms: first.ms });
	for (const q of rest) {
		await page.fill('#plain-input', q.query);
		await page.press('#plain-input', 'Enter');
		await page.waitForFunction(
			(query) => document.querySelector('#plain-results')?.getAttribute('data-query') === query,
			q.query,
			{ timeout: 15_000 }
		);
		const result = await page.evaluate(() => {
			const list = /** @type {HTMLElement} */ (document.querySelector('#plain-results'));
			return {
				slugs: [...list.querySelectorAll('li')].map((item) => item.dataset.url ?? ''),
				ms: Number(list.dataset.ms),
			};
		});
		outcomes.push({ q, slugs: result.slugs.map(slugOf), ms: result.ms });
	}
	await context.close();
	return { outcomes, openToResultMs: first.at };
}

/**
 * Plain Pagefind's warm queries back to back inside one script, with no box and no round trip
 * between them: its best case, which earlier versions of this bench compared against. Printed
 * for reference. Returns the median warm query in ms.
 * @param {BenchQuery[]} list
 */
async function benchPlainLoop(list) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/search/`);
	const times = await page.evaluate(
		async (texts) => {
			const url = '/pagefind/pagefind.js';
			const pagefind = await import(url);
			const out = [];
			for (const text of texts) {
				const started = performance.now();
				const search = await pagefind.search(text);
				await Promise.all(search.results.slice(0, 3).map((/** @type {any} */ r) => r.data()));
				out.push(performance.now() - started);
			}
			return out.slice(1);
		},
		list.map((q) => q.query)
	);
	await context.close();
	return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;
}

/**
 * Our times over plain Pagefind's, medians over the rounds: page open to the first result, and
 * the median warm query. Returns the targets missed.
 * @param {Run[]} ours
 * @param {Run[]} plain
 * @param {number[]} plainLoops plain Pagefind's warm medians back to back in one script
 */
function reportRatios(ours, plain, plainLoops) {
	const middle = (/** @type {number[]} */ values) =>
		[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
	// Ours: until the first results are on screen (the rest follow); plain: its top three loaded.
	const warm = (/** @type {Run} */ run) =>
		middle(
			run.outcomes
				.slice(1)
				.map((o) => (Number.isNaN(o.firstMs ?? NaN) ? o.ms : (o.firstMs ?? o.ms)))
		);
	const warmAll = (/** @type {Run} */ run) => middle(run.outcomes.slice(1).map((o) => o.ms));
	const rows = [
		{
			label: 'page open → first result',
			ours: middle(ours.map((run) => run.openToResultMs)),
			plain: middle(plain.map((run) => run.openToResultMs)),
			target: RATIO_TARGETS.openToResult,
		},
		{
			label: 'warm query to first results, median',
			ours: middle(ours.map(warm)),
			plain: middle(plain.map(warmAll)),
			target: RATIO_TARGETS.warmMedian,
		},
	];
	console.info(`\nOurs ÷ plain Pagefind (median of ${ours.length} interleaved rounds)`);
	const missed = [];
	for (const row of rows) {
		const ratio = row.ours / row.plain;
		const pass = ratio <= row.target;
		console.info(
			`${pass ? 'PASS' : 'FAIL'}  ${row.label}: ${fmt(row.ours)} vs ${fmt(row.plain)} = ${ratio.toFixed(2)}× (target ≤ ${row.target}×)`
		);
		if (!pass) missed.push(`${row.label} ${ratio.toFixed(2)}× > ${row.target}×`);
	}
	const all = middle(ours.map(warmAll));
	console.info(
		`      (warm query until all of our results are in: ${fmt(all)}, ${(all / middle(plain.map(warmAll))).toFixed(2)}×)`
	);
	const loop = middle(plainLoops);
	console.info(
		`      (plain Pagefind back to back in one script, no box, no round trips: ${fmt(loop)}; ours to first results ÷ that: ${((rows[1]?.ours ?? NaN) / loop).toFixed(2)}×)`
	);
	return missed;
}

/** @param {string} title @param {Outcome[]} outcomes */
function report(title, outcomes) {
	console.info(`\n${title}`);
	const rows = [];
	for (const kind of ['exact', 'paraphrase', 'typo', 'all']) {
		const subset = outcomes.filter((o) => kind === 'all' || o.q.kind === kind);
		if (subset.length === 0) continue;
		rows.push({
			kind,
			queries: subset.length,
			'top-1': percent(top(subset, 1)),
			'top-3': percent(top(subset, 3)),
		});
	}
	console.table(rows);
	const [cold, ...warm] = outcomes.map((o) => o.ms);
	const sorted = [...warm].sort((a, b) => a - b);
	console.info(
		`Latency: cold first query ${fmt(cold)} (includes loading the index); warm median ${fmt(sorted[Math.floor(sorted.length / 2)])}, worst ${fmt(sorted.at(-1))}`
	);
}

/** @param {Outcome[]} outcomes */
function checkTargets(outcomes) {
	const missed = [];
	const exact = outcomes.filter((o) => o.q.kind === 'exact');
	if (top(exact, 1) < TARGETS.exactTop1)
		missed.push(`exact top-1 ${percent(top(exact, 1))} < 100%`);
	if (top(outcomes, 1) < TARGETS.allTop1)
		missed.push(`all top-1 ${percent(top(outcomes, 1))} < 90%`);
	if (top(outcomes, 3) < TARGETS.allTop3)
		missed.push(`all top-3 ${percent(top(outcomes, 3))} < 98%`);
	const [cold, ...warm] = outcomes.map((o) => o.ms);
	const median = [...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)] ?? NaN;
	if (!(median < TARGETS.warmMedianMs)) missed.push(`warm median ${fmt(median)} ≥ 30 ms`);
	if (!((cold ?? NaN) < TARGETS.coldMs)) missed.push(`cold first query ${fmt(cold)} ≥ 300 ms`);
	return missed;
}

/** @param {Outcome[]} outcomes @param {number} n */
function top(outcomes, n) {
	if (outcomes.length === 0) return 1;
	return (
		outcomes.filter((o) => o.slugs.slice(0, n).includes(o.q.expected)).length / outcomes.length
	);
}

/** @param {number} share */
function percent(share) {
	return `${(share * 100).toFixed(1)}%`;
}

/** @param {number | undefined} ms */
function fmt(ms) {
	return ms === undefined || Number.isNaN(ms) ? 'n/a' : `${ms.toFixed(1)} ms`;
}

/** @param {string} url */
function slugOf(url) {
	return url.split(/[?#]/)[0]?.split('/').filter(Boolean).at(-1) ?? 'index';
}

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}
