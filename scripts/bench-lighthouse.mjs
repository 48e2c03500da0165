// @ts-check
/**
 * Runs Lighthouse CI (mobile) against `astro preview` of the built site and prints the four
 * category scores per page. Build first (`npm run build`). Target: 100 in every column.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { findChromium } from './chromium.mjs';

const PORT = 4361;
const BASE = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/fixes/storage-full/', '/errors/', '/search/?q=backup', '/progress/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const chrome = findChromium();
if (!chrome) {
	console.error('No Chromium found; run `node scripts/ensure-browser.mjs` first.');
	process.exit(1);
}

const server = spawn(
	'npm',
	['run', 'preview', '--', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'],
	{
		stdio: 'ignore',
		detached: true,
	}
);
try {
	await waitForServer(BASE);
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
	if (server.pid) process.kill(-server.pid);
}

/**
 * The parts of a Lighthouse JSON report this script reads (typed so `astro check` passes).
 * @typedef {{ id: string, score: number | null, scoreDisplayMode: string, displayValue?: string }} LighthouseAudit
 * @typedef {{
 *   finalDisplayedUrl: string,
 *   categories: Record<string, { score: number | null, auditRefs: { id: string }[] } | undefined>,
 *   audits: Record<string, LighthouseAudit | undefined>,
 * }} LighthouseReport
 */

function printScores() {
	const reports = readdirSync('.lighthouseci').filter(
		(file) => file.startsWith('lhr-') && file.endsWith('.json')
	);
	/** @type {LighthouseReport[]} */
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
		const scores = CATEGORIES.map((name) =>
			Math.round((report.categories[name]?.score ?? 0) * 100)
		);
		if (scores.some((score) => score < 100)) allPerfect = false;
		console.log(
			[
				(url.pathname + url.search).padEnd(22),
				...scores.map((score) => String(score).padStart(15)),
			].join('')
		);
		for (const name of CATEGORIES) {
			const failing = report.categories[name]?.auditRefs
				.map((ref) => report.audits[ref.id])
				.filter(
					/** @returns {audit is LighthouseAudit} */
					(audit) =>
						audit !== undefined &&
						audit.score !== null &&
						audit.score < 1 &&
						audit.scoreDisplayMode !== 'informative' &&
						audit.scoreDisplayMode !== 'manual'
				);
			for (const audit of failing ?? [])
				console.log(`    ${name}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
		}
	}
	console.log(
		allPerfect
			? 'PASS: 100 in every category on every page'
			: 'FAIL: some scores are below 100 (details above)'
	);
}

/** @param {string} url */
async function waitForServer(url) {
	for (let attempt = 0; attempt < 60; attempt++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not up yet.
		}
		await sleep(500);
	}
	throw new Error(`The preview server did not start at ${url}`);
}
