import { defineConfig, devices } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

/**
 * The preview server's port for tests; not 4321, so a running `npm start` is never tested by
 * mistake. E2E_PORT overrides it, so worktrees on one machine can run their tests side by side.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);
const isCI = Boolean(process.env.CI);

/** Test files that measure main-thread gaps, so they must not share the CPU with other tests. */
const RUN_ALONE = /search-hostile\.test\.ts$/;

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
		// Recording a trace for every test made the suite a sixth slower; a failing test is run again
		// with one on CI. Locally, `npx playwright test <file> --trace on` records one.
		trace: 'on-first-retry',
		// Most suites test a first visit, as a reader from a search engine makes it: no service
		// worker yet, so none precaches the whole site in the background of every test (a fifth of
		// the suite's time). offline.test.ts and headers.test.ts (every page, both themes) test with
		// the worker on (`allow`).
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: findChromium(),
			args: CHROMIUM_ARGS,
		},
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: RUN_ALONE },
		// These tests time the page's main thread; beside another worker's axe scans on two cores a
		// 60 ms search has shown as a 0.9 s gap, so they run after the rest, one at a time.
		{
			name: 'chromium-alone',
			use: { ...devices['Desktop Chrome'] },
			testMatch: RUN_ALONE,
			dependencies: ['chromium'],
		},
	],
	webServer: {
		// Tests run against the production build that `npm test` has just made.
		// --ignore-lock: run beside a reader-facing `npm start` without replacing it.
		command: `npm run preview -- --port ${PORT} --host 127.0.0.1 --ignore-lock`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
