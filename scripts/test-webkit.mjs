// @ts-check
/**
 * `npm run test:webkit`: the WebKit smoke suite (webkit/smoke.test.ts) in WebKitGTK's MiniBrowser,
 * the engine every iPhone and iPad reader uses. Starts `astro preview` of the build behind the
 * error-probe proxy, a private Xvfb display and WebKitWebDriver, runs the suite with Node's test
 * runner, and stops all of them again. Without the WebKit tools (and no way to install them) it
 * says SKIPPED loudly and exits 0; WEBKIT_REQUIRED=1 makes that a failure instead.
 */
import { spawn } from 'node:child_process';
import { ensureWebKit } from './ensure-webkit.mjs';
import { portAnswers, startPreview, waitUntilReady } from './lib/preview.mjs';
import { startProbeProxy } from '../webkit/probe-proxy.mjs';

/**
 * Ports: preview, proxy, driver. WEBKIT_PORT moves all three; without it they follow E2E_PORT (the
 * three after it), so worktrees that already run Playwright side by side do the same here.
 */
const BASE_PORT = Number(
	process.env.WEBKIT_PORT ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 1 : 4352)
);

const tools = ensureWebKit();
if (!tools) {
	const banner = '='.repeat(72);
	console.error(
		`${banner}\nWEBKIT SMOKE TESTS SKIPPED: WebKitGTK is not installed (see above).\n${banner}`
	);
	process.exit(process.env.WEBKIT_REQUIRED === '1' ? 1 : 0);
}
console.log(`WebKit for tests: ${tools.browser} via ${tools.driver}`);

/** @type {(() => void)[]} */
const stops = [];
const stopAll = () => {
	for (const stop of stops.reverse()) stop();
	stops.length = 0;
};
process.on('SIGINT', () => {
	stopAll();
	process.exit(130);
});

let status = 1;
try {
	await refuseBusyPorts([BASE_PORT, BASE_PORT + 1, BASE_PORT + 2]);
	const preview = await startPreview(BASE_PORT);
	stops.push(preview.stop);
	const proxy = await startProbeProxy(BASE_PORT + 1, preview.base);
	stops.push(proxy.close);
	const display = await startXvfb(tools.xvfb);
	stops.push(display.stop);
	const driverPort = BASE_PORT + 2;
	const driver = spawn(tools.driver, [`--port=${driverPort}`], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, DISPLAY: display.name },
	});
	stops.push(() => driver.kill());
	await waitUntilReady(`http://127.0.0.1:${driverPort}/status`, {
		attempts: 40,
		intervalMs: 250,
		what: `WebKitWebDriver on port ${driverPort}`,
	});

	const suite = spawn(
		process.execPath,
		['--test', '--test-reporter=spec', 'webkit/smoke.test.ts'],
		{
			stdio: 'inherit',
			env: {
				...process.env,
				WEBKIT_BASE_URL: proxy.origin,
				WEBKIT_DRIVER_PORT: String(driverPort),
				WEBKIT_BROWSER: tools.browser,
			},
		}
	);
	status = await new Promise((resolve) => suite.on('exit', (code) => resolve(code ?? 1)));
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
} finally {
	stopAll();
}
process.exit(status);

/**
 * A private X display: Xvfb picks a free number and writes it to fd 3, so runs side by side never
 * collide.
 * @param {string} xvfb
 * @returns {Promise<{ name: string, stop: () => void }>}
 */
async function startXvfb(xvfb) {
	const server = spawn(
		xvfb,
		['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
		{
			stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
		}
	);
	const number = await new Promise((resolve, reject) => {
		server.stdio[3]?.once('data', (data) => resolve(String(data).trim()));
		server.once('exit', () => reject(new Error('Xvfb exited before it started')));
	});
	return { name: `:${number}`, stop: () => server.kill() };
}

/**
 * Stop when a port already answers: `astro preview` would move to another port and the suite would
 * test whatever site was already there.
 * @param {number[]} ports
 */
async function refuseBusyPorts(ports) {
	for (const port of ports) {
		if (await portAnswers(port))
			throw new Error(`Port ${port} is in use: set WEBKIT_PORT to a free range of three.`);
	}
}
