// @ts-check
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BUILD_SCRIPT = fileURLToPath(new URL('./build-site.mjs', import.meta.url));

/**
 * Runs one `astro build` of the content in `contentDir` into `outDir` in a child process on this
 * Node (the pinned 22 under npm), timing it and keeping its log. Kills it after `timeoutMs`, so the
 * benchmark always stops by itself.
 * @param {{ contentDir: string, outDir: string, cacheDir: string, timeoutMs: number }} options
 * @returns {Promise<{ ms: number, log: string, ok: boolean, timedOut: boolean }>}
 */
export function runBuild({ contentDir, outDir, cacheDir, timeoutMs }) {
	const started = performance.now();
	// The start page and 5,000 articles' metadata fit in the default heap today; the margin is so a
	// regression shows up as a slow build in the table rather than a crash.
	const child = spawn(
		process.execPath,
		['--max-old-space-size=8192', BUILD_SCRIPT, outDir, cacheDir],
		{
			env: { ...process.env, DOCS_CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
			stdio: ['ignore', 'pipe', 'pipe'],
		}
	);
	let log = '';
	child.stdout.on('data', (chunk) => (log += chunk));
	child.stderr.on('data', (chunk) => (log += chunk));
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		child.kill('SIGKILL');
	}, timeoutMs);
	return new Promise((resolve) => {
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ ms: performance.now() - started, log, ok: code === 0, timedOut });
		});
	});
}

/**
 * The build's own timing table (src/integrations/build-timings.ts), as label → ms, total included,
 * each row's CPU time as "<label> (CPU)", and the whole build's CPU time, child processes included
 * (printed by build-site.mjs).
 * @param {string} log
 * @returns {Map<string, number>}
 */
export function phaseTimings(log) {
	/** @type {Map<string, number>} */
	const timings = new Map();
	for (const match of log.matchAll(
		/\[backup-rescue:build-timings\] \| (.+?) +\| +(\d+) \| +[\d?%]+ \|(?: +(\d+|\?) \|)?$/gm
	)) {
		timings.set(match[1] ?? '', Number(match[2]));
		if (match[3] && match[3] !== '?') timings.set(`${match[1]} (CPU)`, Number(match[3]));
	}
	const cpu = log.match(/^Build CPU time: (\d+) ms/m);
	if (cpu) timings.set('whole build, CPU user + system incl. Pagefind', Number(cpu[1]));
	return timings;
}

/**
 * Durations the site's own integrations log at the end of a build (see src/integrations/), in ms.
 * @param {string} log
 * @returns {{ pagefindMs?: number, linkCheckMs?: number, links?: number }}
 */
export function integrationTimings(log) {
	const pagefind = log.match(/Indexed \d+ pages for search in (\d+) ms/);
	const links = log.match(/Checked (\d+) internal links and anchors in (\d+) ms/);
	return {
		pagefindMs: pagefind ? Number(pagefind[1]) : undefined,
		links: links ? Number(links[1]) : undefined,
		linkCheckMs: links ? Number(links[2]) : undefined,
	};
}
