import { remote } from 'webdriverio';

/** A WebDriver session in WebKitGTK's MiniBrowser. */
export type WebKit = WebdriverIO.Browser;

/** The site behind the error-probe proxy, e.g. http://127.0.0.1:4353 (set by scripts/test-webkit.mjs). */
export const BASE_URL = required('WEBKIT_BASE_URL');

/** An iPhone 15's viewport; MiniBrowser keeps a minimum window width, so the page may be a little wider. */
export const PHONE = { width: 390, height: 844 };

/** Where the site's layout switches from one column to rails (56em in the layout CSS). */
export const PHONE_LAYOUT_MAX_WIDTH = 640;

/**
 * Open a session. WebKitWebDriver speaks WebDriver classic only (no BiDi), so wdio is told so.
 * `userAgent` makes MiniBrowser say it is another browser (its `--user-agent` setting), e.g.
 * Safari on an iPhone for what the site tells only Safari's readers.
 */
export async function openWebKit(options: { userAgent?: string } = {}): Promise<WebKit> {
	const args = [
		'--automation',
		...(options.userAgent ? [`--user-agent=${options.userAgent}`] : []),
	];
	return remote({
		hostname: '127.0.0.1',
		port: Number(required('WEBKIT_DRIVER_PORT')),
		path: '/',
		logLevel: 'warn',
		// Waits (hydration, search) get room for a machine busy with other test runs.
		waitforTimeout: 15_000,
		// WebKitGTK's own capability, which wdio's types do not list.
		capabilities: {
			browserName: 'MiniBrowser',
			'wdio:enforceWebDriverClassic': true,
			'webkitgtk:browserOptions': { binary: required('WEBKIT_BROWSER'), args },
		} as WebdriverIO.Capabilities,
	});
}

/** Go to a path on the site. */
export async function visit(browser: WebKit, path: string): Promise<void> {
	await browser.url(new URL(path, BASE_URL).href);
}

/**
 * Uncaught errors, unhandled rejections, failed loads, CSP violations and console.error calls
 * since the last call, from every page of the session (see webkit/error-probe.js); then clears them.
 */
export async function takeProblems(browser: WebKit): Promise<string[]> {
	return browser.execute(() => {
		const key = '__webkitSmokeProblems';
		const list = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
		sessionStorage.removeItem(key);
		return list;
	});
}

/** Forget everything the site stored on this device, as a new reader would start. */
export async function clearStorage(browser: WebKit): Promise<void> {
	await browser.execute(() => localStorage.clear());
}

function required(name: string): string {
	const value = process.env[name];
	if (!value) throw new Error(`${name} is not set: run the WebKit suite with npm run test:webkit`);
	return value;
}
