import { defineConfig, devices } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

/** The preview server's port for tests; not 4321, so a running `npm start` is never tested by mistake. */
const PORT = 4329;
const isCI = Boolean(process.env.CI);

export default defineConfig({
	testDir: './e2e',
	testMatch: '**/*.test.ts',
	forbidOnly: isCI,
	retries: isCI ? 1 : 0,
	// Two cores on the machines this runs on.
	workers: 2,
	timeout: 40_000,
	reporter: isCI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: findChromium(),
			args: CHROMIUM_ARGS,
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		// Tests run against the production build that `npm test` has just made.
		// --ignore-lock: run beside a reader-facing `npm start` without replacing it.
		command: `npm run preview -- --port ${PORT} --host 127.0.0.1 --ignore-lock`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
