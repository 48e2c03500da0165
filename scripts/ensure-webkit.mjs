// @ts-check
/**
 * Finds the WebKit the smoke suite drives (Debian's WebKitGTK: WebKitWebDriver and MiniBrowser)
 * and an X server to show it on (Xvfb), installing both packages with apt-get when running as
 * root, as ensure-browser.mjs does for Chromium. Playwright's own WebKit cannot be downloaded on
 * these machines; WebKitGTK is the same engine as Safari, driven over standard WebDriver.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

/** The Debian packages that provide the driver (and MiniBrowser with it) and the X server. */
export const WEBKIT_PACKAGES = ['webkit2gtk-driver', 'xvfb'];

/** Where Debian and Ubuntu put MiniBrowser, newest API first. */
const MINIBROWSERS = [
	'/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
	'/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
	'/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
	'/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
	'/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/**
 * @typedef {{ driver: string, browser: string, xvfb: string }} WebKitTools
 */

/**
 * The driver, browser and X server, or undefined when any is missing.
 * @returns {WebKitTools | undefined}
 */
export function findWebKit() {
	const driver = onPath('WebKitWebDriver');
	const browser = [process.env.MINIBROWSER_PATH, ...MINIBROWSERS].find(
		(candidate) => candidate && existsSync(candidate)
	);
	const xvfb = onPath('Xvfb');
	return driver && browser && xvfb ? { driver, browser, xvfb } : undefined;
}

/**
 * Find the tools, or install them when root; otherwise say what to run and return undefined.
 * @returns {WebKitTools | undefined}
 */
export function ensureWebKit() {
	const found = findWebKit();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && onPath('apt-get')) {
		console.log(`WebKit smoke tests: installing ${WEBKIT_PACKAGES.join(' and ')} with apt-get…`);
		/** @param {string[]} args */
		const apt = (args) =>
			spawnSync('apt-get', args, {
				stdio: 'inherit',
				env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
			}).status === 0;
		if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', ...WEBKIT_PACKAGES])) {
			const installed = findWebKit();
			if (installed) return installed;
		}
	}
	console.error(`
Could not find or install WebKitGTK's WebDriver, MiniBrowser and Xvfb. To run the WebKit tests:
  - on Debian or Ubuntu:   sudo apt-get install -y ${WEBKIT_PACKAGES.join(' ')}
  - MiniBrowser elsewhere: MINIBROWSER_PATH=/path/to/MiniBrowser npm run test:webkit
`);
	return undefined;
}

/**
 * The command's full path on $PATH, or undefined.
 * @param {string} command
 */
function onPath(command) {
	return (process.env.PATH ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((folder) => join(folder, command))
		.find((candidate) => existsSync(candidate));
}
