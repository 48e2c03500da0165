import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
	findChecklist,
	type ChecklistIndex,
	type IndexedChecklist,
} from '../src/lib/checklist/index-file';
import { axeViolations, emulateTheme, expect, test, type HostedSite } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { ProgressPage } from './pages/progress-page';
import { readPdf } from './pdf';
import { decodeQr } from './qr';
import { STORAGE_FULL as STORAGE, WIFI_NETWORK as WIFI } from './site-paths';
import { storageSnapshot } from './storage';

/**
 * "Continue on another device": device A's progress travels in a link (and its QR code) to
 * device B, which adds it only when the reader agrees, and refuses anything damaged or hostile.
 */

/** Open an article and tick these steps (by position) of its first checklist. */
async function tickSteps(page: Page, path: string, positions: number[]): Promise<void> {
	const checklist = new ChecklistPage(page);
	await checklist.open(path);
	await checklist.tick(...positions);
}

/** Which boxes of the first checklist on an article are ticked. */
async function ticked(page: Page, path: string): Promise<boolean[]> {
	await page.goto(path);
	return new ChecklistPage(page).ticked();
}

test.describe('continue on another device', () => {
	test('carries both articles’ ticks to another device, merged only when accepted', async ({
		page: deviceA,
		progress,
		newDevice,
	}) => {
		await tickSteps(deviceA, STORAGE, [0, 1]);
		await tickSteps(deviceA, WIFI, [2]);
		const { link, decoded } = await progress.linkToAll();
		expect(decoded).toBe(link);
		expect(new URL(link).pathname).toBe('/progress/');
		expect(link.length).toBeLessThan(600);
		// Nothing but positions and times: no titles, no step ids.
		expect(link).not.toMatch(/open-icloud-settings|iCloud%20storage|storage is full/);

		// Device B has ticks of its own and accepts.
		const deviceB = await newDevice();
		await tickSteps(deviceB, STORAGE, [3]);
		await deviceB.goto(link);
		const dialog = deviceB.getByRole('dialog', { name: 'Add progress from another device?' });
		await expect(dialog).toContainText('2 steps done');
		await dialog.getByRole('button', { name: 'Add to this device' }).click();
		await expect(new ProgressPage(deviceB).status).toHaveText(
			'Merged progress for 2 checklists: 3 steps added.'
		);
		// The fragment is gone, so a reload does not ask again.
		expect(new URL(deviceB.url()).hash).toBe('');
		expect(await ticked(deviceB, STORAGE)).toEqual([true, true, false, true, false]);
		expect((await ticked(deviceB, WIFI))[2]).toBe(true);

		// Device C declines: nothing changes.
		const deviceC = await newDevice();
		await tickSteps(deviceC, STORAGE, [3]);
		await deviceC.goto(link);
		await deviceC.getByRole('button', { name: 'Not now' }).click();
		await expect(new ProgressPage(deviceC).status).toContainText('Nothing was changed');
		expect(await ticked(deviceC, STORAGE)).toEqual([false, false, false, true, false]);
		expect(await ticked(deviceC, WIFI)).not.toContain(true);
	});

	test('offers a link to one page’s progress from the checklist itself', async ({
		page,
		checklist,
		progress,
	}) => {
		await tickSteps(page, STORAGE, [0]);
		await checklist.button('Continue on another device').click();
		const link = await progress.continueLink.inputValue();
		expect(link).toMatch(/#continue=2~fixes\/storage-full!check-icloud-storage![0-9a-z]{4}\./);
		expect(decodeQr(await progress.continuePanel.getByRole('img').screenshot())).toBe(link);
	});

	test('copies the link where the Clipboard API is missing', async ({ page, progress }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined });
		});
		await tickSteps(page, STORAGE, [0]);
		await progress.linkToAll();
		await progress.button('Copy link').click();
		await expect(progress.continuePanel.getByRole('status')).toHaveText(
			/Link copied|The link is selected/
		);
	});

	for (const [name, fragment, message] of [
		[
			'damaged',
			'continue=2~fixes/storage-full!check-icloud-storage!zz!',
			/checklist 1: it is damaged/,
		],
		['too long', `continue=2~${'x'.repeat(9000)}`, /too long/],
		[
			'from another site',
			'continue=2~%2F%2Fevil.example!check!0.1!',
			/checklist 1: it names a checklist/,
		],
		['newer', 'continue=7~fixes/storage-full!check-icloud-storage!0.1!', /newer version/],
		['unknown ids', 'continue=2~fixes/storage-full!constructor!0000.1!', /doesn’t have/],
		['hostile', 'continue=2~<img src=x onerror="window.hacked=1">!a!0.1!', /checklist 1: /],
	] as const) {
		test(`refuses a ${name} link, says why and changes nothing`, async ({ page, progress }) => {
			await tickSteps(page, STORAGE, [1]);
			const before = await storageSnapshot(page);
			await page.goto(`${ProgressPage.PATH}#${fragment}`);
			await expect(progress.status).toHaveText(message);
			await expect(progress.status).toContainText('Nothing was changed');
			await expect(page.getByRole('dialog')).toHaveCount(0);
			expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
			expect(await page.locator('main img').count()).toBe(0);
			expect(await storageSnapshot(page)).toBe(before);
		});
	}

	for (const theme of ['light', 'dark'] as const) {
		test(`the dialog and the panel pass axe (${theme})`, async ({ page, progress, newDevice }) => {
			await emulateTheme(page, theme);
			await tickSteps(page, STORAGE, [0]);
			const { link } = await progress.linkToAll();
			expect(await axeViolations(page)).toEqual([]);
			const other = await newDevice();
			await emulateTheme(other, theme);
			await other.goto(link);
			await expect(other.getByRole('dialog')).toBeVisible();
			expect(await axeViolations(other)).toEqual([]);
		});
	}

	test('loads none of this until asked', async ({ page, progress }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await tickSteps(page, STORAGE, [0]);
		await progress.open();
		await page.waitForLoadState('networkidle');
		expect(requested.filter((path) => /checklists\.json|continue-|qr/.test(path))).toEqual([]);
	});

	test('a printed article carries a QR code of its own address', async ({ page }) => {
		await page.goto(STORAGE);
		await page.emulateMedia({ media: 'print' });
		const code = page.getByRole('img', { name: /^QR code for / });
		await expect(code).toBeVisible();
		const decoded = decodeQr(await code.screenshot());
		expect(new URL(decoded ?? '').pathname).toBe(STORAGE);
		await expect(page.getByText(/Back to this page on any device/)).toContainText(
			new URL(decoded ?? '').href
		);
		await page.emulateMedia({ media: 'screen' });
		await expect(code).toBeHidden();
		// The PDF the browser prints has the address in text beside the code, and the code's
		// drawing. The code is decoded above from the print rendering: reading it back out of the
		// PDF would need a PDF rasteriser, which only comes with native code.
		await page.emulateMedia({ media: null });
		const { text } = await readPdf(await page.pdf({ format: 'A4' }));
		expect(text.replace(/\s+/g, '')).toContain(new URL(decoded ?? '').href);
	});

	test('a link from the previous build, which named steps by position, ticks the right steps after a step was inserted', async ({
		host,
	}) => {
		// The previous build's facts: this checklist without its second step, which this build
		// inserted. Its links named steps by their positions then.
		let ids: string[] = [];
		const device = await deployWithFacts(host, (facts) => {
			ids = facts.steps.map((step) => step.id);
			facts.v1 = ids.filter((_, position) => position !== 1);
		});
		// Ticked on the previous build: its positions 1 and 2, the third and fourth steps today.
		const seconds = Math.floor(Date.now() / 1000) - 60;
		const link = `/progress/#continue=1~fixes/storage-full!check-icloud-storage!1.${seconds.toString(36)},2.${(seconds + 5).toString(36)}!`;
		await device.goto(link);
		const dialog = device.getByRole('dialog', { name: 'Add progress from another device?' });
		await expect(dialog).toContainText('Check your iCloud storage”, 2 steps done');
		await dialog.getByRole('button', { name: 'Add to this device' }).click();
		await expect(new ProgressPage(device).status).toHaveText(
			'Merged progress for 1 checklist: 2 steps added.'
		);
		await expect(new ProgressPage(device).main).toContainText('2 of 5 steps done');
		expect(await ticked(device, STORAGE)).toEqual([false, false, true, true, false]);
		expect(ids).toHaveLength(5);
	});

	test('a link names steps by id, so the next build’s inserted step moves nothing', async ({
		page,
		progress,
		host,
	}) => {
		await tickSteps(page, STORAGE, [2, 3]);
		const { link } = await progress.linkToAll();
		// The next build inserts a step at the top of this checklist.
		const device = await deployWithFacts(host, (facts) => {
			facts.steps.unshift({ id: 'check-apple-status', hash: 'x', text: 'Check Apple’s status.' });
		});
		await device.goto(new URL(link).pathname + new URL(link).hash);
		await device.getByRole('button', { name: 'Add to this device' }).click();
		await expect(new ProgressPage(device).status).toHaveText(
			'Merged progress for 1 checklist: 2 steps added.'
		);
		expect(await ticked(device, STORAGE)).toEqual([false, false, true, true, false]);
	});
});

/** Folders deployWithFacts made, removed after each test. */
const cleanUps: (() => Promise<void>)[] = [];
test.afterEach(async () => {
	for (const cleanUp of cleanUps.splice(0)) await cleanUp();
});

/**
 * Deploys a copy of dist/ on the test's host whose /checklists.json has the storage-full
 * checklist's facts as `edit` leaves them (another build's), and opens a fresh device on it.
 */
async function deployWithFacts(
	host: HostedSite,
	edit: (facts: IndexedChecklist) => void
): Promise<Page> {
	const work = await mkdtemp(path.join(tmpdir(), 'backup-rescue-continue-'));
	cleanUps.push(() => rm(work, { recursive: true, force: true }));
	const site = path.join(work, 'site');
	await cp('dist', site, { recursive: true });
	const indexFile = path.join(site, 'checklists.json');
	const index = JSON.parse(await readFile(indexFile, 'utf8')) as ChecklistIndex;
	const found = findChecklist(index, STORAGE, 'check-icloud-storage');
	if (!found) throw new Error('No check-icloud-storage in checklists.json');
	edit(found.checklist);
	await writeFile(indexFile, JSON.stringify(index));
	await host.deploy(site);
	return (await host.newContext({ serviceWorkers: 'block' })).newPage();
}
