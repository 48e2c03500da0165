import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { writeServiceWorker } from '../src/integrations/service-worker';
import { axeViolations, emulateTheme, expect, test, type HostedSite } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { STORAGE_FULL as ARTICLE, WIFI_NETWORK } from './site-paths';

/** The page of the second build that its install fails on, when a test breaks it. */
const CHANGED_PAGE = '/errors/index.html';

// Every suite here is about the service worker, which playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

test.describe('offline', () => {
	test('reads pages, searches and keeps checklist progress with the network off', async ({
		page,
		context,
		checklist,
		progress,
	}) => {
		// One visit with a connection; the start page says when everything is stored.
		await page.goto('/');
		await expectReadyOffline(page);
		await context.setOffline(true);
		// The network is really gone, for the worker too: a file it doesn't store fails.
		expect(await fetchOutcome(page, '/robots.txt')).toBe('failed');
		await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible();

		// Three other pages open from the saved copy.
		for (const [pathname, heading] of [
			['/errors/', /error messages/i],
			[WIFI_NETWORK, /Wi-Fi/],
			['/progress/', 'Your progress'],
		] as const) {
			const response = await page.goto(pathname);
			expect(response?.fromServiceWorker(), pathname).toBe(true);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		}

		// Search for an error message, index included, and open the result.
		await page.goto('/search/?q=Not%20Enough%20Storage');
		const results = page.getByRole('main').getByRole('listitem').getByRole('link');
		await expect(results.first()).toBeVisible();
		const fix = results.filter({ hasText: /storage/i }).first();
		const title = (await fix.innerText()).trim();
		await fix.click();
		await expect(page).toHaveURL(/\/fixes\/[a-z-]+\/(#.*)?$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

		// Tick a step and reload: still offline, still ticked.
		await checklist.open(ARTICLE);
		await checklist.box(0).check();
		await page.reload();
		await checklist.waitForHydrated();
		await expect(checklist.box(0)).toBeChecked();
		await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible();

		// Progress moves between devices offline too: the link and its QR code, and opening one.
		await progress.open();
		await progress.button('Continue on another device').click();
		const link = await progress.continueLink.inputValue();
		await expect(progress.continueQr).toBeVisible();
		await page.goto(link);
		await page.getByRole('dialog').getByRole('button', { name: 'Add to this device' }).click();
		await expect(progress.status).toHaveText(/^Nothing new to import/);

		// An unknown address gets the saved 404 page rather than the browser's error.
		await page.goto('/no-such-page/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(/couldn.t find/i);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`shows the ready state and the indicator accessibly (${theme})`, async ({
			page,
			context,
		}) => {
			await emulateTheme(page, theme);
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto('/');
			await expectReadyOffline(page);
			await context.setOffline(true);
			await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			// Nothing wider than the phone.
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBe(0);
		});
	}
});

test.describe('offline URL forms', () => {
	test('every URL form of a page opens offline as it does online', async ({ host }) => {
		const forms = [ARTICLE.slice(0, -1), ARTICLE, `${ARTICLE}index.html`];
		// What the host itself answers, with no worker in the way.
		const online = await host.newContext({ serviceWorkers: 'block' });
		const expected = [];
		const direct = await online.newPage();
		for (const form of forms) expected.push(await openForm(direct, form));
		expect(new Set(expected.map((result) => result.heading)).size).toBe(1);

		const context = await host.newContext();
		const page = await context.newPage();
		await page.goto('/');
		await expectReadyOffline(page);
		await context.setOffline(true);
		for (const [index, form] of forms.entries()) {
			expect(await openForm(page, form), form).toEqual(expected[index]);
		}
	});
});

test.describe('offline updates', () => {
	let work: string;
	let builds: Builds;

	test.beforeAll(async () => {
		work = await mkdtemp(path.join(tmpdir(), 'backup-rescue-offline-'));
		builds = await twoBuilds(work);
	});

	test.afterAll(async () => {
		await rm(work, { recursive: true, force: true });
	});

	test('an open tab keeps one build after a deploy, and Reload switches it all to the new one', async ({
		host,
	}) => {
		test.setTimeout(60_000);
		const { context, page } = await firstVisit(host, builds);

		// Deploy. The open tab goes on reading, online: every file still from the old build.
		await host.deploy(builds.v2);
		await page.reload();
		await new ChecklistPage(page).waitForHydrated();
		expect(await buildsInUse(page, builds)).toEqual(ALL_OLD);
		// Meanwhile the new worker has stored the new build, and the page says so, quietly.
		const reload = page.getByRole('status').getByRole('button', { name: 'Reload' });
		await expect(
			page.getByRole('status').filter({ hasText: 'A newer version is ready.' })
		).toBeVisible({
			timeout: 20_000,
		});
		expect(await page.evaluate(workerStates)).toBe('waiting');
		await page.goto(WIFI_NETWORK);
		await expect(
			page.getByRole('status').filter({ hasText: 'A newer version is ready.' })
		).toBeVisible();
		expect(await buildsInUse(page, builds)).toEqual(ALL_OLD);

		// A second tab shows the same; Reload in one switches both, whole, to the new build.
		const other = await context.newPage();
		await other.goto(ARTICLE);
		expect(await buildsInUse(other, builds)).toEqual(ALL_OLD);
		await Promise.all([other.waitForEvent('load'), page.waitForEvent('load'), reload.click()]);
		await expect.poll(() => page.evaluate(workerStates)).toBe('active');
		await page.goto(ARTICLE);
		await expectWholeOnNewBuild([page, other], host, builds);
	});

	test('without Reload, the new build takes over once every tab is closed, offline too', async ({
		host,
	}) => {
		test.setTimeout(60_000);
		const visit = await firstVisit(host, builds);
		const { context } = visit;
		let page = visit.page;
		// A cache an earlier version of the site kept at run time; the new worker removes it.
		await page.evaluate(async () => {
			const cache = await caches.open('backup-rescue-assets');
			await cache.put('/_astro/old.js', new Response('old'));
		});

		await host.deploy(builds.v2);
		await page.reload();
		await expect.poll(() => page.evaluate(workerStates), { timeout: 20_000 }).toBe('waiting');
		// Old and new builds side by side while the tab is open, and no more than that.
		const waiting = await storedCaches(page);
		expect(waiting.entries).toBeGreaterThan(builds.v2Files);
		expect(waiting.entries).toBeLessThanOrEqual(builds.v1Files + builds.v2Files);
		// Offline the old worker serves its own build whole.
		await context.setOffline(true);
		await page.reload();
		await new ChecklistPage(page).waitForHydrated();
		expect(await buildsInUse(page, builds)).toEqual(ALL_OLD);
		await expect(new ChecklistPage(page).box(0)).toBeChecked();

		// Once no page uses the old worker, the new one takes over: offline is the new build.
		await context.setOffline(false);
		await page.close();
		// A tab opened before the browser has let the closed one go is the old worker's again, as in
		// any browser; closing that one too gives the new worker its turn, so try with fresh tabs.
		await expect
			.poll(
				async () => {
					const fresh = await context.newPage();
					await fresh.goto('/');
					const state = await fresh.evaluate(workerStates);
					if (state === 'active') page = fresh;
					else await fresh.close();
					return state;
				},
				{ timeout: 20_000 }
			)
			.toBe('active');
		await expectReadyOffline(page);
		await context.setOffline(true);
		const checklist = new ChecklistPage(page);
		await checklist.open(ARTICLE);
		expect(await buildsInUse(page, builds)).toEqual(ALL_NEW);
		await expect(checklist.box(0)).toBeChecked();
		expect((await storedCaches(page)).names).toEqual([
			'backup-rescue-precache-v2-' + host.origin + '/',
		]);
	});
	test('a tab a Workbox-era worker served moves to the new build whole, without being asked', async ({
		host,
	}) => {
		test.setTimeout(60_000);
		const v0 = path.join(work, 'v0');
		await cp(builds.v1, v0, { recursive: true });
		await writeFile(path.join(v0, 'sw.js'), workboxEraWorker(await precacheOf(builds.v1)));
		await host.deploy(v0);
		const context = await host.newContext();
		// Pages of that era had no code to reload themselves when another worker took over.
		await context.addInitScript(() => {
			const listen = ServiceWorkerContainer.prototype.addEventListener;
			ServiceWorkerContainer.prototype.addEventListener = function (
				this: ServiceWorkerContainer,
				...args: Parameters<typeof listen>
			) {
				if (args[0] !== 'controllerchange') listen.apply(this, args);
			};
		});
		const page = await context.newPage();
		await page.goto('/');
		await expect.poll(() => page.evaluate(workerStates), { timeout: 20_000 }).toBe('active');
		const checklist = new ChecklistPage(page);
		await checklist.open(ARTICLE);
		await checklist.box(0).check();
		const other = await context.newPage();
		await other.goto(WIFI_NETWORK);
		await expect
			.poll(() => other.evaluate(() => Boolean(navigator.serviceWorker.controller)))
			.toBe(true);
		await other.evaluate(() => Object.assign(window, { openedBefore: true }));

		// Deploy. The new worker takes over as soon as it has installed (those pages could not
		// offer "A newer version is ready") and loads every tab again, whole.
		await host.deploy(builds.v2);
		await Promise.all([
			other.waitForEvent('load', { timeout: 20_000 }),
			page.waitForEvent('load', { timeout: 20_000 }),
			// The page goes away under this call, when the new worker loads it again.
			page
				.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
				.catch(() => undefined),
		]);
		expect(await other.evaluate(() => 'openedBefore' in window)).toBe(false);
		await expect.poll(() => page.evaluate(workerStates).catch(() => 'none')).toBe('active');
		await expectWholeOnNewBuild([page, other], host, builds);
	});

	for (const [why, broken] of [
		['one of its files answers 500', CHANGED_PAGE],
		['its sw.js answers 500', '/sw.js'],
	] as const)
		test(`a new build that cannot be stored (${why}) is noticed: the page offers it, and Reload loads it whole`, async ({
			host,
		}) => {
			test.setTimeout(90_000);
			const { context, page } = await firstVisit(host, builds);

			// Deploy a build whose worker can never install.
			await host.deploy(builds.v2, { broken: [broken] });
			await page.reload();
			const notice = page
				.getByRole('status')
				.filter({ hasText: 'A newer version of this site is online.' });
			await expect(notice).toBeVisible({ timeout: 30_000 });
			await expect(page.getByText('A newer version is ready.')).toHaveCount(0);
			// Until then the tab kept its one build.
			expect(await page.locator('#new-build').count()).toBe(0);

			// Reload: the page, the search data and the index all come from the new build.
			await Promise.all([
				page.waitForEvent('load'),
				notice.getByRole('button', { name: 'Reload' }).click(),
			]);
			await expect(page.locator('#new-build')).toHaveCount(1);
			expect(await buildsInUse(page, builds)).toEqual(ALL_NEW);
			const checklist = new ChecklistPage(page);
			await checklist.waitForHydrated();
			await expect(checklist.box(0)).toBeChecked();
			// The notice was true: there is no newer worker, and offline the old copy answers, whole.
			expect(await page.evaluate(workerStates)).toBe('active');
			await context.setOffline(true);
			expect(await buildsInUse(page, builds)).toEqual(ALL_OLD);
			await expect(new ChecklistPage(page).box(0)).toBeChecked();

			// Once the host serves the file again, the new build installs and the usual offer comes.
			await context.setOffline(false);
			await host.deploy(builds.v2);
			await page.reload();
			await expect(
				page.getByRole('status').filter({ hasText: 'A newer version is ready.' })
			).toBeVisible({
				timeout: 30_000,
			});
		});

	test('a tab left open across several deploys keeps at most two builds in the cache', async ({
		host,
	}) => {
		test.setTimeout(90_000);
		const { page } = await firstVisit(host, builds);
		await host.deploy(builds.v2);
		await page.reload();
		await expect.poll(() => page.evaluate(workerStates), { timeout: 20_000 }).toBe('waiting');
		const revisions = await Promise.all(
			[builds.v1, builds.v2, builds.v3].map((folder) => revisionIn(folder, CHANGED_PAGE))
		);
		expect(await storedRevisions(page, CHANGED_PAGE)).toEqual([...revisions.slice(0, 2)].sort());
		// A third deploy: its worker replaces the waiting one, whose files go.
		await host.deploy(builds.v3);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect
			.poll(() => storedRevisions(page, CHANGED_PAGE), { timeout: 20_000 })
			.toEqual([revisions[0], revisions[2]].sort());
		expect((await storedCaches(page)).entries).toBeLessThanOrEqual(builds.v1Files + builds.v3Files);
		expect(await page.evaluate(workerStates)).toBe('waiting');
		// The open tab still reads its own build, whole.
		expect(await buildsInUse(page, builds)).toEqual(ALL_OLD);
	});
});

/** Three builds side by side, copied from dist/ so the other tests' site is never touched. */
interface Builds {
	v1: string;
	v2: string;
	/** A third deploy, changed again (a page only). */
	v3: string;
	/** How many files each build's worker precaches. */
	v1Files: number;
	v2Files: number;
	v3Files: number;
	/** The files the test tells the builds apart by, as each build has them. */
	texts: Record<(typeof TRACKED)[number], { v1: string; v2: string }>;
}

/** Files a page fetches after it has loaded, which must come from the page's own build. */
const TRACKED = ['/search-data.json', '/pagefind/pagefind-entry.json'] as const;
const ALL_OLD = { html: 'v1', '/search-data.json': 'v1', '/pagefind/pagefind-entry.json': 'v1' };
const ALL_NEW = { html: 'v2', '/search-data.json': 'v2', '/pagefind/pagefind-entry.json': 'v2' };

/**
 * A second build that differs from the first in two pages, the search data and the search
 * index, and a third that differs from the second in a page.
 */
async function twoBuilds(work: string): Promise<Builds> {
	const [v1, v2, v3] = [path.join(work, 'v1'), path.join(work, 'v2'), path.join(work, 'v3')];
	await cp('dist', v1, { recursive: true });
	await cp('dist', v2, { recursive: true });
	const page = path.join(v2, ARTICLE, 'index.html');
	const html = await readFile(page, 'utf8');
	await writeFile(page, html.replace('</h1>', '</h1><p id="new-build">From the new build.</p>'));
	const other = path.join(v2, CHANGED_PAGE);
	await writeFile(other, `${await readFile(other, 'utf8')}\n<!-- v2 -->\n`);
	const texts = {} as Builds['texts'];
	for (const file of TRACKED) {
		const old = await readFile(path.join(v1, file), 'utf8');
		// Still valid JSON, different bytes: a new revision in the worker's precache.
		await writeFile(path.join(v2, file), `${old}\n`);
		texts[file] = { v1: old, v2: `${old}\n` };
	}
	const { manifest } = await writeServiceWorker(v2);
	await cp(v2, v3, { recursive: true });
	await writeFile(path.join(v3, CHANGED_PAGE), `${await readFile(other, 'utf8')}<!-- v3 -->\n`);
	const third = await writeServiceWorker(v3);
	const v1Manifest = JSON.parse(await readFile(path.join(v1, 'offline-manifest.json'), 'utf8'));
	return {
		v1,
		v2,
		v3,
		// Each build's files, its offline manifest, and its note of what it needs (runtime.js).
		v1Files: v1Manifest.files + 2,
		v2Files: manifest.files + 2,
		v3Files: third.manifest.files + 2,
		texts,
	};
}

/** First visit on the old build, hosted: everything stored, one step ticked. */
async function firstVisit(
	host: HostedSite,
	builds: Builds
): Promise<{ context: BrowserContext; page: Page }> {
	await host.deploy(builds.v1);
	const context = await host.newContext();
	const page = await context.newPage();
	await page.goto('/');
	await expectReadyOffline(page);
	const checklist = new ChecklistPage(page);
	await checklist.open(ARTICLE);
	await checklist.box(0).check();
	return { context, page };
}

/**
 * Which build the open page came from, and which build answers the files it fetches later, asked
 * the way its own code asks (through the service worker, Pagefind's cache-busting `ts` included).
 */
async function buildsInUse(page: Page, builds: Builds): Promise<Record<string, string>> {
	await page.goto(ARTICLE);
	const html = (await page.locator('#new-build').count()) > 0 ? 'v2' : 'v1';
	const bodies = await page.evaluate(
		(urls) =>
			Promise.all(urls.map((url) => fetch(`${url}?ts=${Date.now()}`).then((r) => r.text()))),
		[...TRACKED]
	);
	const seen: Record<string, string> = { html };
	TRACKED.forEach((file, index) => {
		const { v1, v2 } = builds.texts[file];
		seen[file] = bodies[index] === v2 ? 'v2' : bodies[index] === v1 ? 'v1' : 'neither';
	});
	return seen;
}

/**
 * Every tab reads the new build whole with the first step still ticked, and the cache holds the
 * new build alone: nothing from the old build or from earlier versions' caches.
 */
async function expectWholeOnNewBuild(
	tabs: Page[],
	host: HostedSite,
	builds: Builds
): Promise<void> {
	for (const tab of tabs) {
		expect(await buildsInUse(tab, builds)).toEqual(ALL_NEW);
		const checklist = new ChecklistPage(tab);
		await checklist.waitForHydrated();
		await expect(checklist.box(0)).toBeChecked();
	}
	const [page] = tabs;
	if (!page) return;
	await expect
		.poll(() => storedCaches(page))
		.toEqual({
			names: ['backup-rescue-precache-v2-' + host.origin + '/'],
			entries: builds.v2Files,
		});
}

/** The site's caches and how many entries they hold in all. */
function storedCaches(page: Page): Promise<{ names: string[]; entries: number }> {
	return page.evaluate(async () => {
		const names = await caches.keys();
		let entries = 0;
		for (const name of names) entries += (await (await caches.open(name)).keys()).length;
		return { names, entries };
	});
}

/** A precached file as a build's sw.js lists it: its site path and revision. */
interface PrecacheEntry {
	url: string;
	revision: string;
}

/** The files a build's worker precaches (from the list written into its sw.js). */
async function precacheOf(folder: string): Promise<PrecacheEntry[]> {
	const worker = await readFile(path.join(folder, 'sw.js'), 'utf8');
	const config = JSON.parse(/\.bind\((\{.*\})\)\)\(\);\s*$/s.exec(worker)?.[1] ?? '{}') as {
		precache?: PrecacheEntry[];
	};
	return config.precache ?? [];
}

/** The revision a build's worker stores a file under. */
async function revisionIn(folder: string, file: string): Promise<string> {
	return (await precacheOf(folder)).find(({ url }) => `/${url}` === file)?.revision ?? '';
}

/**
 * A sw.js like the Workbox one this site shipped first, over a build's precache list: the same
 * cache name and keys, precached files from the precache, pages from the network first (its copy
 * only when that fails), other hashed scripts kept in a runtime cache; clientsClaim, no skipWaiting.
 */
function workboxEraWorker(precache: PrecacheEntry[]): string {
	return `
const scope = self.registration.scope;
const cacheName = 'backup-rescue-precache-v2-' + scope;
const keys = new Map(${JSON.stringify(precache)}.map(({ url, revision }) => {
	const key = new URL(url, scope);
	key.searchParams.set('__WB_REVISION__', revision);
	return [new URL(url, scope).href, key.href];
}));
self.addEventListener('install', (event) => event.waitUntil((async () => {
	const cache = await caches.open(cacheName);
	for (const [url, key] of keys) {
		let response = await fetch(url, { cache: 'reload' });
		if (response.redirected) response = new Response(await response.blob(), { headers: response.headers });
		await cache.put(key, response);
	}
})()));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (url.origin !== location.origin) return;
	for (const name of [...url.searchParams.keys()])
		if (/^utm_|^fbclid$|^ts$/.test(name)) url.searchParams.delete(name);
	const key = keys.get(url.href);
	if (key)
		return event.respondWith(caches.open(cacheName)
			.then((cache) => cache.match(key)).then((hit) => hit || fetch(event.request)));
	if (event.request.mode === 'navigate') {
		const file = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
		const copy = keys.get(new URL(file, scope).href) || keys.get(new URL('404.html', scope).href);
		return event.respondWith(fetch(event.request).catch(() => caches.match(copy)));
	}
	if (url.pathname.startsWith('/_astro/'))
		event.respondWith(caches.open('backup-rescue-assets').then(async (cache) =>
			(await cache.match(event.request)) || fetch(event.request).then((response) => {
				if (response.status === 200) cache.put(event.request, response.clone());
				return response;
			})));
});
`;
}

/** The revisions of a file the site's cache holds, sorted. */
function storedRevisions(page: Page, file: string): Promise<string[]> {
	return page.evaluate(async (pathname) => {
		const found: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys()) {
				const url = new URL(request.url);
				if (url.pathname === pathname) found.push(url.searchParams.get('__WB_REVISION__') ?? '');
			}
		return found.sort();
	}, file);
}

/** Open one URL form of a page: where it ends up, with what status and heading. */
async function openForm(page: Page, url: string) {
	const response = await page.goto(url);
	return {
		status: response?.status(),
		path: new URL(page.url()).pathname,
		heading: await page.getByRole('heading', { level: 1 }).innerText(),
	};
}

/** Wait for the start page's "Save for offline" panel to say the whole site is stored. */
async function expectReadyOffline(page: Page): Promise<void> {
	// The panel is at the end of the page and checks the cache only once a reader scrolls to it.
	await page.getByRole('heading', { name: 'Save for offline' }).scrollIntoViewIfNeeded();
	await expect(page.getByText(/^Ready offline: the whole site \([\d.]+ (KB|MB)\)/)).toBeVisible({
		timeout: 20_000,
	});
}

/** Whether a fetch from the page succeeds (through the service worker, if any). */
function fetchOutcome(page: Page, url: string): Promise<'fetched' | 'failed'> {
	return page.evaluate(
		(address) =>
			fetch(address).then(
				() => 'fetched' as const,
				() => 'failed' as const
			),
		url
	);
}

/** In the page: whether a new worker is installing, waiting, or there is only the active one. */
async function workerStates(): Promise<'installing' | 'waiting' | 'active' | 'none'> {
	const registration = await navigator.serviceWorker.getRegistration();
	if (registration?.installing) return 'installing';
	if (registration?.waiting) return 'waiting';
	return registration?.active ? 'active' : 'none';
}
