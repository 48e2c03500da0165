// @ts-check
/**
 * Makes sure a Chromium exists before the browser tests run, installing one if it can:
 * Playwright's own download where the network allows it, else Debian's package when running as
 * root. When neither works it stops and says exactly what to run.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
	console.log(`Browser for tests: ${found}`);
	process.exit(0);
}

console.log(
	'No Chromium found (checked $CHROMIUM_PATH, /usr/bin/chromium and Playwright’s own). Installing one…'
);

/** @param {string} command @param {string[]} args */
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

if (run('npx', ['--no-install', 'playwright', 'install', 'chromium']) && findChromium()) {
	console.log(`Installed Playwright’s Chromium: ${findChromium()}`);
	process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (
	isRoot &&
	run('apt-get', ['update', '-qq']) &&
	run('apt-get', ['install', '-y', '-qq', 'chromium']) &&
	findChromium()
) {
	console.log(`Installed Debian’s Chromium: ${findChromium()}`);
	process.exit(0);
}

console.error(`
Could not find or install a Chromium for the browser tests. Do one of these, then run npm test again:
  - on Debian or Ubuntu:   sudo apt-get install -y chromium
  - anywhere with network: npx playwright install chromium
  - or point at a Chromium or Chrome you have: CHROMIUM_PATH=/path/to/chrome npm test
`);
process.exit(1);
