/**
 * WebKit smoke suite: the reader paths an iPhone or iPad reader takes, in WebKitGTK's MiniBrowser
 * (the engine Safari uses), over WebDriver. Run with `npm run test:webkit`, which starts the
 * browser, the driver and the site. Each test ends by checking the page raised no error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
	BASE_URL,
	PHONE,
	PHONE_LAYOUT_MAX_WIDTH,
	clearStorage,
	openWebKit,
	takeProblems,
	visit,
	type WebKit,
} from './session.ts';
import { builtSitemapPaths } from '../scripts/lib/sitemap.mjs';
import {
	FORCE_RESTART,
	STORAGE_FULL as ARTICLE,
	UNLISTED_PATHS,
	WIFI_NETWORK,
} from '../e2e/site-paths.ts';

/** The device switch's tabs, once its script has made them. */
const TABS = '[role="tablist"] [role="tab"]';
/** Pasted as readers paste it: one of the messages storage-full.mdx lists under `errors`. */
const PASTED_ERROR =
	'This iPhone cannot be backed up because there is not enough iCloud storage available.';

let browser: WebKit;

/** The first step's checkbox of the article's first checklist, once its island has hydrated. */
async function firstStepBox(): Promise<WebdriverIO.Element> {
	const checklist = await browser.$('section.checklist').getElement();
	// The DOM's own scrolling: WebKitWebDriver refuses wdio's pointer-action way for off-screen targets.
	await browser.execute((element) => element.scrollIntoView(), checklist);
	await browser.$('section.checklist [data-checklist-body][data-hydrated]').waitForExist();
	return checklist.$('input[type="checkbox"]').getElement();
}

/** The path the first search result opens (WebKit reports links' href as absolute URLs). */
async function firstResultPath(): Promise<string> {
	const href = await browser.$('[data-search-results] a').getAttribute('href');
	return new URL(href ?? '', BASE_URL).pathname;
}

/**
 * /progress/ with one step saved, and one of its buttons once enabled, scrolled to the middle of
 * the screen: the list renders first and moves the buttons, so a click aimed before that lands
 * elsewhere.
 */
async function progressButton(selector: string, name: string): Promise<WebdriverIO.Element> {
	await tickFirstStep();
	await visit(browser, '/progress/');
	const button = await browser.$(selector).getElement();
	await browser.waitUntil(() => button.isEnabled(), {
		timeoutMsg: `the ${name} button stayed disabled with progress saved`,
	});
	await browser.$('[data-progress-list] li').waitForExist({
		timeoutMsg: 'the saved checklist is not listed',
	});
	await browser.execute((element) => element.scrollIntoView({ block: 'center' }), button);
	return button;
}

/** Tick the article's first step, from a clean slate; returns after the tick is saved. */
async function tickFirstStep(): Promise<void> {
	await visit(browser, ARTICLE);
	await clearStorage(browser);
	await browser.refresh();
	const box = await firstStepBox();
	await box.click();
	await browser.waitUntil(() => box.isSelected(), { timeoutMsg: 'the step did not tick' });
	await browser.waitUntil(() => browser.execute(() => localStorage.length > 0), {
		timeoutMsg: 'the tick was not saved to localStorage',
	});
}

describe('WebKit smoke', { timeout: 100_000 }, () => {
	before(async () => {
		browser = await openWebKit();
		await browser.setTimeout({ implicit: 0, pageLoad: 20_000, script: 15_000 });
	});

	after(async () => {
		await browser?.deleteSession();
	});

	it('shows the start page', async () => {
		await browser.setWindowSize(1280, 900);
		await visit(browser, '/');
		assert.match(await browser.getTitle(), /Backup Rescue/);
		const heading = await browser.$('h1').getElement();
		assert.ok(await heading.isDisplayed(), 'the start page has a visible heading');
		assert.ok((await browser.$$('main a[href^="/fixes/"]').length) > 0, 'it links to the fixes');
		assert.deepEqual(await takeProblems(browser), []);
	});

	it('keeps a checklist tick across a reload, at phone width', async () => {
		await browser.setWindowSize(PHONE.width, PHONE.height);
		await tickFirstStep();
		const width = await browser.execute(() => window.innerWidth);
		assert.ok(width < PHONE_LAYOUT_MAX_WIDTH, `phone layout (viewport ${width}px wide)`);
		const noSideways = await browser.execute(
			() => document.documentElement.scrollWidth <= window.innerWidth
		);
		assert.ok(noSideways, 'the article does not scroll sideways');

		await browser.refresh();
		const box = await firstStepBox();
		assert.ok(await box.isSelected(), 'the tick survived the reload');
		const status = await browser.$('section.checklist [role="status"]').getText();
		assert.match(status, /^1 of \d+ done$/);
		assert.deepEqual(await takeProblems(browser), []);
	});

	it('switches device variants and remembers the choice', async () => {
		await visit(browser, FORCE_RESTART);
		await clearStorage(browser);
		await browser.refresh();
		await browser.$(TABS).waitForExist({ timeoutMsg: 'the device switch made no tabs' });
		const tabs = await browser.$$(TABS).getElements();
		assert.ok(tabs.length > 1, 'the switch shows tabs');
		const second = tabs[1];
		const name = await second.getText();
		await second.click();
		await browser.waitUntil(async () => (await second.getAttribute('aria-selected')) === 'true', {
			timeoutMsg: 'the clicked tab was not selected',
		});
		const panel = await browser.$(`#${await second.getAttribute('aria-controls')}`).getElement();
		assert.ok(await panel.isDisplayed(), `the ${name} panel shows`);

		await browser.refresh();
		await browser.$(TABS).waitForExist();
		const again = await browser.$$(TABS).getElements();
		assert.equal(await again[1].getAttribute('aria-selected'), 'true', 'the choice survived');
		assert.deepEqual(await takeProblems(browser), []);
	});

	it('finds the fix for a pasted error message', async () => {
		await visit(browser, `/search/?${new URLSearchParams({ q: PASTED_ERROR })}`);
		const main = await browser.$('main[data-search-state="done"]').getElement();
		await main.waitForExist({ timeout: 15_000, timeoutMsg: 'the search did not finish' });
		assert.equal(await firstResultPath(), ARTICLE);

		// A second search typed into the page's own box, with WebKit's keyboard input.
		const input = await browser.$('#search-page-input').getElement();
		await input.clearValue();
		await input.setValue('Not Enough Storage');
		await browser.keys('Enter');
		await browser.waitUntil(
			async () => (await main.getAttribute('data-search-query')) === 'Not Enough Storage',
			{ timeout: 15_000, timeoutMsg: 'the typed search did not run' }
		);
		assert.equal(await firstResultPath(), ARTICLE);
		assert.deepEqual(await takeProblems(browser), []);
	});

	it('suggests the fix from the top bar as the reader types', async () => {
		await visit(browser, WIFI_NETWORK);
		const box = await browser.$('[data-search-combobox] input').getElement();
		await box.click();
		await box.setValue('Not Enough Storage');
		const option = await browser.$('[role="listbox"] [role="option"]').getElement();
		await option.waitForDisplayed({
			timeout: 15_000,
			timeoutMsg: 'the dropdown showed no results',
		});
		assert.match(await option.getText(), /iCloud storage is full/);
		assert.deepEqual(await takeProblems(browser), []);
	});

	it('exports progress from /progress/ as a file', async () => {
		const button = await progressButton('button[data-export]', 'export');
		// Keep the file's Blob as the page hands it to the download link, to read it back.
		await browser.execute(() => {
			const create = URL.createObjectURL.bind(URL);
			URL.createObjectURL = (blob: Blob | MediaSource) => {
				(window as unknown as { __exported: Blob }).__exported = blob as Blob;
				return create(blob);
			};
		});
		await button.click();
		// WebKitWebDriver can return from a click before the page has handled it.
		await browser.waitUntil(() => browser.execute(() => '__exported' in window), {
			timeoutMsg: 'clicking export made no file',
		});
		const text = await browser.execute(
			async () => (await (window as unknown as { __exported?: Blob }).__exported?.text()) ?? ''
		);
		const file = JSON.parse(text) as { app: string; records: unknown[] };
		assert.equal(file.app, 'backup-rescue-progress');
		assert.equal(file.records.length, 1);
		assert.deepEqual(await takeProblems(browser), []);
	});

	it('continues on another device: a link with a QR code, offered in a dialog', async () => {
		const open = await progressButton('button[data-continue-open]', 'continue');
		await open.click();
		const field = await browser.$('[data-continue-panel] textarea');
		await field.waitForExist({ timeoutMsg: 'no link was made' });
		await browser.$('[data-continue-panel] svg[role="img"]').waitForExist({
			timeoutMsg: 'no QR code was drawn',
		});
		const link = await browser.execute((element) => (element as HTMLTextAreaElement).value, field);
		assert.match(link, /\/progress\/#continue=2~fixes\/storage-full!/);
		// The same link opened here: the dialog offers it, and adding it changes nothing new.
		await visit(browser, '/');
		await browser.url(link);
		const add = await browser.$('dialog[open]').$('button=Add to this device');
		await add.waitForExist({ timeoutMsg: 'the link was not offered in a dialog' });
		await add.click();
		await browser.waitUntil(
			async () => /Nothing new to import/.test(await browser.$('[data-progress-status]').getText()),
			{ timeoutMsg: 'the merge did not report' }
		);
		assert.deepEqual(await takeProblems(browser), []);
	});

	it('loads every page without an error', async () => {
		await browser.setWindowSize(PHONE.width, PHONE.height);
		for (const path of [...builtSitemapPaths(), ...UNLISTED_PATHS]) {
			await visit(browser, path);
			// Scrolled through, so what loads in view (checklists, table of contents) runs too.
			await browser.execute(() => window.scrollTo(0, document.body.scrollHeight));
		}
		await browser.pause(500);
		assert.deepEqual(await takeProblems(browser), []);
	});

	it('registers the service worker', async () => {
		await visit(browser, '/');
		const state = await browser.execute(async () => {
			const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, 10_000));
			const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
			if (!registration) return 'not ready after 10 s';
			return `${registration.scope} ${registration.active ? 'active' : 'inactive'}`;
		});
		assert.match(state, /\/ active$/);
		assert.deepEqual(await takeProblems(browser), []);
	});
});

/** What Safari on an iPhone says it is; MiniBrowser says it is a Linux browser otherwise. */
const IPHONE_SAFARI_UA =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
/** The note that Safari may clear the progress (components/keep-progress/safari-notice.ts). */
const SAFARI_NOTICE = 'aside[aria-label="Keep your progress"]';

describe('WebKit as Safari on an iPhone', { timeout: 100_000 }, () => {
	let iphone: WebKit;

	before(async () => {
		iphone = await openWebKit({ userAgent: IPHONE_SAFARI_UA });
		await iphone.setTimeout({ implicit: 0, pageLoad: 20_000, script: 15_000 });
		await iphone.setWindowSize(PHONE.width, PHONE.height);
	});

	after(async () => {
		await iphone?.deleteSession();
	});

	it('tells a reader with ticks how to keep them, until dismissed for good', async () => {
		await visit(iphone, ARTICLE);
		await clearStorage(iphone);
		await iphone.refresh();
		assert.equal(await iphone.execute(() => navigator.userAgent), IPHONE_SAFARI_UA);
		// Nothing ticked, nothing to keep: no notice.
		const checklist = await iphone.$('section.checklist').getElement();
		await iphone.execute((element) => element.scrollIntoView(), checklist);
		await iphone.$('section.checklist [data-checklist-body][data-hydrated]').waitForExist();
		assert.equal((await iphone.$$(SAFARI_NOTICE).getElements()).length, 0, 'no notice yet');

		const box = await checklist.$('input[type="checkbox"]').getElement();
		await box.click();
		await iphone.waitUntil(() => box.isSelected(), { timeoutMsg: 'the step did not tick' });
		// From the next page load with progress on.
		await iphone.refresh();
		await iphone.$(SAFARI_NOTICE).waitForExist({ timeoutMsg: 'no notice with progress' });
		assert.match(await iphone.$(SAFARI_NOTICE).getText(), /Safari may clear/);

		// Still there on the next visit until dismissed, then gone for good.
		await iphone.refresh();
		await iphone.$(SAFARI_NOTICE).waitForExist({ timeoutMsg: 'the notice did not come back' });
		const dismiss = await iphone.$(`${SAFARI_NOTICE} button`).getElement();
		await iphone.execute((element) => element.scrollIntoView({ block: 'center' }), dismiss);
		await dismiss.click();
		await iphone.waitUntil(
			async () => (await iphone.$$(SAFARI_NOTICE).getElements()).length === 0,
			{
				timeoutMsg: 'the notice stayed after Don’t show again',
			}
		);
		await iphone.refresh();
		await iphone.$('section.checklist [data-checklist-body][data-hydrated]').waitForExist();
		await iphone.$('section.checklist input[type="checkbox"]:checked').waitForExist({
			timeoutMsg: 'the tick was lost',
		});
		assert.equal((await iphone.$$(SAFARI_NOTICE).getElements()).length, 0, 'stays dismissed');
		assert.deepEqual(await takeProblems(iphone), []);
	});
});
