// @ts-check
/**
 * Runs Lighthouse CI (mobile) against `astro preview` of the built site and prints the four
 * category scores per page. Build first (`npm run build`). Target: 100 in every column.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';
import { startPreview } from './lib/preview.mjs';

const PORT = 4361;
const BASE = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/fixes/storage-full/', '/errors/', '/search/?q=backup', '/progress/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/**
 * Pages kept out of search engines on purpose (`noindex`: a results page, one reader's progress).
 * Lighthouse's SEO score fails them on "is-crawlable" for exactly that, so their SEO column is
 * scored without that one audit, and says so.
 */
const NOINDEX_BY_DESIGN = new Set(['/search/?q=backup', '/progress/']);

const chrome = findChromium();
if (!chrome) {
	console.error('No Chromium found; run `node scripts/ensure-browser.mjs` first.');
	process.exit(1);
}

const preview = await startPreview(PORT);
try {
	rmSync('.lighthouseci', { recursive: true, force: true });
	const present = [];
	for (const page of PAGES) {
		if ((await fetch(BASE + page)).ok) present.push(page);
		else console.log(`Skipping ${page}: not in this build`);
	}
	const urls = present.map((page) => `--url=${BASE}${page}`);
	const run = spawnSync(
		'npx',
		['--no-install', 'lhci', 'collect', `--chromePath=${chrome}`, ...urls],
		{
			encoding: 'utf8',
			env: { ...process.env, CHROME_PATH: chrome },
		}
	);
	if (run.status !== 0) {
		console.error(run.stderr.split('\n').slice(-20).join('\n'));
		throw new Error(`lhci collect failed with exit code ${run.status}`);
	}
	printScores();
} finally {
	preview.stop();
}

function printScores() {
	const reports = readdirSync('.lighthouseci').filter(
		(file) => file.startsWith('lhr-') && file.endsWith('.json')
	);
	const rows = reports.map((file) => JSON.parse(readFileSync(`.lighthouseci/${file}`, 'utf8')));
	/** @param {{ finalDisplayedUrl: string }} report */
	const order = (report) => {
		const url = new URL(report.finalDisplayedUrl);
		return PAGES.indexOf(url.pathname + url.search);
	};
	rows.sort((a, b) => order(a) - order(b));
	console.log(`\nLighthouse (mobile), ${new Date().toISOString().slice(0, 10)}`);
	console.log(['page'.padEnd(22), ...CATEGORIES.map((name) => name.padStart(15))].join(''));
	let allPerfect = true;
	for (const report of rows) {
		const url = new URL(report.finalDisplayedUrl);
		const page = url.pathname + url.search;
		const scores = CATEGORIES.map((name) =>
			name === 'seo' && NOINDEX_BY_DESIGN.has(page)
				? scoreWithout(report, name, 'is-crawlable')
				: Math.round((report.categories[name]?.score ?? 0) * 100)
		);
		if (scores.some((score) => score < 100)) allPerfect = false;
		console.log(
			[
				page.padEnd(22),
				...scores.map((score, at) =>
					(CATEGORIES[at] === 'seo' && NOINDEX_BY_DESIGN.has(page)
						? `${score} (noindex)`
						: String(score)
					).padStart(15)
				),
			].join('')
		);
		for (const name of CATEGORIES) {
			const failing = report.categories[name]?.auditRefs
				.map((/** @type {{ id: string }} */ ref) => report.audits[ref.id])
				.filter(
					(/** @type {{ score: number | null, scoreDisplayMode: string } | undefined} */ audit) =>
						audit &&
						audit.score !== null &&
						audit.score < 1 &&
						audit.scoreDisplayMode !== 'informative' &&
						audit.scoreDisplayMode !== 'manual'
				);
			for (const audit of (failing ?? []).filter(
				(/** @type {{ id: string }} */ audit) =>
					!(name === 'seo' && audit.id === 'is-crawlable' && NOINDEX_BY_DESIGN.has(page))
			))
				console.log(`    ${name}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
		}
	}
	console.log(
		allPerfect
			? 'PASS: 100 in every category on every page'
			: 'FAIL: some scores are below 100 (details above)'
	);
}

/**
 * A category's score as Lighthouse weighs it (the weighted mean of its audits' scores), leaving one
 * audit out.
 * @param {any} report @param {string} category @param {string} auditId
 */
function scoreWithout(report, category, auditId) {
	let weighted = 0;
	let weights = 0;
	for (const ref of report.categories[category]?.auditRefs ?? []) {
		const score = report.audits[ref.id]?.score;
		if (ref.id === auditId || !ref.weight || score === null || score === undefined) continue;
		weighted += ref.weight * score;
		weights += ref.weight;
	}
	return weights === 0 ? 0 : Math.round((weighted / weights) * 100);
}
