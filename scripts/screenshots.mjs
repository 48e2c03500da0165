// @ts-check
/**
 * Takes screenshots of built pages at desktop and phone sizes in both themes, plus a PDF of each,
 * for a person to look at: `npm run build && npm run screenshots -- /fixes/storage-full/`. Serves
 * dist/ itself as the hosts do (`_headers` applied); BASE_URL points it at a running site instead.
 * Output goes to screenshots/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { serveFolder } from './lib/static-server.mjs';

const server = process.env.BASE_URL ? undefined : await serveFolder('dist', { applyHeaders: true });
const base = process.env.BASE_URL ?? server?.origin ?? '';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/fixes/storage-full/'];
const outDir = 'screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const path of paths) {
	const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
	/** @type {[string, { width: number; height: number }][]} */
	const sizes = [
		['desktop', { width: 1440, height: 900 }],
		['phone', { width: 375, height: 812 }],
	];
	for (const [size, viewport] of sizes) {
		for (const theme of /** @type {const} */ (['light', 'dark'])) {
			const context = await browser.newContext({
				viewport,
				colorScheme: theme,
				deviceScaleFactor: size === 'phone' ? 2 : 1,
			});
			const page = await context.newPage();
			await page.goto(base + path, { waitUntil: 'networkidle' });
			await page.screenshot({
				path: `${outDir}/${name}-${size}-${theme}.png`,
				fullPage: process.env.FULL === '1',
			});
			await context.close();
		}
	}
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(base + path, { waitUntil: 'networkidle' });
	await page.pdf({ path: `${outDir}/${name}.pdf`, format: 'A4' });
	await context.close();
	console.log(`Captured ${path}`);
}
await browser.close();
await server?.close();
