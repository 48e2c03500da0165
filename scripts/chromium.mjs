// @ts-check
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for Chromium on these machines: root needs --no-sandbox; the rest stop calls to Google. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-dev-shm-usage',
];

/**
 * The Chromium to drive, in order of preference: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then
 * Playwright's own download. Returns undefined when none is installed.
 * @returns {string | undefined}
 */
export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safePlaywrightPath()];
	return candidates.find((candidate) => candidate && existsSync(candidate));
}

function safePlaywrightPath() {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}
