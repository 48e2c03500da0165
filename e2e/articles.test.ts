import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { STORAGE_FULL } from './site-paths';

/** The fix articles (section: fixes), at the URLs readers bookmark; these slugs must never change. */
const FIX_SLUGS = [
	'storage-full',
	'free-up-storage',
	'reduce-backup-size',
	'wifi-network',
	'cellular-backup',
	'automatic-backup-conditions',
	'backup-stuck',
	'update-ios',
	'restart-device',
	'force-restart',
	'delete-corrupted-backup',
	'sign-out-in',
	'reset-network-settings',
	'outage-status',
	'restore-device',
	'contact-support',
	'device-storage',
	'low-data-mode',
	'backup-switch-unavailable',
	'app-outside-app-store',
];

/**
 * Related tasks (section: tasks): things a reader sets out to do, not fixes. They keep their
 * /fixes/ addresses, which readers' saved progress depends on.
 */
const TASK_SLUGS = ['computer-backup', 'new-device-temporary-storage', 'restore-problems'];

/** The left rail's group of links with the given label. */
function railSection(page: Page, label: string) {
	return page
		.getByRole('navigation', { name: 'Docs' })
		.locator('details', { has: page.locator('summary', { hasText: label }) })
		.getByRole('link');
}

/** The hrefs of some links, in order. */
function hrefsOf(links: Locator) {
	return links.evaluateAll((elements) => elements.map((link) => link.getAttribute('href')));
}

test.describe('the troubleshooting library', () => {
	for (const slug of FIX_SLUGS) {
		test(`/fixes/${slug}/ has a heading, checklist steps and a "Still failing?" way on`, async ({
			page,
			request,
		}) => {
			const response = await page.goto(`/fixes/${slug}/`);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();

			// At least one checklist with real, named checkboxes.
			const checklist = page.locator('section.checklist').first();
			await expect(checklist).toBeVisible();
			const boxes = page.getByRole('checkbox');
			expect(await boxes.count()).toBeGreaterThan(1);
			await expect(boxes.first()).toHaveAccessibleName(/\w{3,}/);

			// The last section points on to another page that exists.
			const stillFailing = page.getByRole('heading', { level: 2, name: 'Still failing?' });
			await expect(stillFailing).toBeVisible();
			const onward = page.locator('h2#still-failing ~ * a[href^="/"]').first();
			const href = await onward.getAttribute('href');
			expect(href, 'a link after "Still failing?"').toBeTruthy();
			expect((await request.get(href ?? '/')).status()).toBe(200);
			// "Still failing?" leads first to the same fix as the checklist's "Try next" (nextFix).
			const nextFix = await page.locator('article.docs-article').getAttribute('data-next-fix');
			if (nextFix) expect(href).toBe(nextFix);
			// A reader whose backup still fails is never sent on into a task.
			expect(TASK_SLUGS.map((task) => `/fixes/${task}/`)).not.toContain(href);
		});
	}

	for (const slug of TASK_SLUGS) {
		test(`/fixes/${slug}/ is a task: checklist steps, no "Did this fix it?"`, async ({ page }) => {
			const response = await page.goto(`/fixes/${slug}/`);
			expect(response?.status()).toBe(200);
			await expect(
				page.getByRole('navigation', { name: 'Breadcrumb' }).getByText('Related tasks')
			).toBeVisible();
			const checklist = page.locator('section.checklist').first();
			await checklist.scrollIntoViewIfNeeded();
			await expect(checklist.locator('[data-checklist-body][data-hydrated]')).toBeAttached();
			expect(await page.getByRole('checkbox').count()).toBeGreaterThan(1);
			// Finishing a task fixes no failing backup, so nothing asks or records that it did.
			await expect(page.getByText('Did this fix it?')).toHaveCount(0);
		});
	}

	test('the left rail links every fix in the recommended order, and the tasks apart', async ({
		page,
	}) => {
		await page.goto('/');
		const hrefs = await hrefsOf(railSection(page, 'Fixes'));
		expect([...hrefs].sort()).toEqual(FIX_SLUGS.map((slug) => `/fixes/${slug}/`).sort());
		expect(await hrefsOf(railSection(page, 'Related tasks'))).toEqual(
			expect.arrayContaining(TASK_SLUGS.map((slug) => `/fixes/${slug}/`))
		);
		// Cheapest and most likely first, the last resort last.
		expect(hrefs[0]).toBe(STORAGE_FULL);
		expect(hrefs.indexOf('/fixes/restore-device/')).toBeGreaterThan(
			hrefs.indexOf('/fixes/restart-device/')
		);
		expect(hrefs.at(-1)).toBe('/fixes/contact-support/');
	});

	test("the start page's fix order holds only fixes; tasks have a list of their own", async ({
		page,
	}) => {
		await page.goto('/');
		const order = await hrefsOf(
			page.getByRole('list', { name: 'Try the fixes in this order' }).getByRole('link')
		);
		const railFixes = await hrefsOf(railSection(page, 'Fixes'));
		expect(order.length).toBeGreaterThan(10);
		for (const href of order) expect(railFixes, `${href} is a fix`).toContain(href);
		for (const task of TASK_SLUGS) expect(order).not.toContain(`/fixes/${task}/`);
		const tasks = await hrefsOf(
			page.getByRole('list', { name: 'Related tasks' }).getByRole('link')
		);
		expect(tasks).toEqual(expect.arrayContaining(TASK_SLUGS.map((slug) => `/fixes/${slug}/`)));
		for (const href of tasks) expect(railFixes).not.toContain(href);
	});

	test('the left rail lists the reference apart from fixes and tasks', async ({ page }) => {
		await page.goto('/');
		expect(await hrefsOf(railSection(page, 'Related tasks'))).toEqual(
			TASK_SLUGS.map((slug) => `/fixes/${slug}/`)
		);
		expect(await hrefsOf(railSection(page, 'Reference'))).toEqual([
			'/errors/',
			'/whats-in-a-backup/',
		]);
	});

	test('what a backup holds: a checklist to trust it, no "Did this fix it?", and a way on', async ({
		page,
		request,
	}) => {
		await page.goto('/whats-in-a-backup/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'What an iCloud backup holds, and what it doesn’t'
		);
		await expect(page.getByRole('table')).toBeVisible();
		const checklist = page.getByRole('region', { name: 'Before you trust your backup' });
		expect(await checklist.getByRole('checkbox').count()).toBeGreaterThan(5);
		await checklist.scrollIntoViewIfNeeded();
		await expect(checklist.locator('[data-checklist-body][data-hydrated]')).toBeAttached();
		// A check of a backup fixes nothing, so nothing asks or records that it did.
		await expect(page.getByText('Did this fix it?')).toHaveCount(0);
		const onward = page.locator('h2#what-next ~ * a[href^="/"]').first();
		const href = await onward.getAttribute('href');
		expect(href).toBe(await page.locator('article.docs-article').getAttribute('data-next-fix'));
		expect((await request.get(href ?? '/')).status()).toBe(200);
	});

	test('the error reference quotes each message and links its fix', async ({ page, request }) => {
		await page.goto('/errors/');
		for (const message of [
			'iPhone Backup Failed',
			'The last backup could not be completed.',
			'Estimating Time Remaining',
		]) {
			await expect(page.getByRole('heading', { name: `“${message}”` })).toBeVisible();
		}
		const fixLinks = page.locator('.error-item a[href^="/fixes/"]');
		expect(await fixLinks.count()).toBeGreaterThan(10);
		for (const href of new Set(
			await fixLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
		)) {
			expect((await request.get(href ?? '')).status(), href ?? '').toBe(200);
		}
	});

	test('on a phone the messages fold, so the page says what it is for on the first screen', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 375, height: 667 });
		await page.goto(STORAGE_FULL);
		const fullList = page.getByRole('region', { name: 'Messages this page fixes' });
		await expect(fullList).toBeHidden();
		const folded = page.locator('summary', { hasText: 'iPhone Backup Failed' });
		await expect(folded).toBeVisible();
		const firstParagraph = await page.locator('[data-article-content] > p').first().boundingBox();
		expect(firstParagraph?.y ?? Infinity).toBeLessThan(667);
		const firstStep = await page.locator('section.checklist li').first().boundingBox();
		expect(firstStep?.y ?? Infinity).toBeLessThan(667 * 2);

		const more = page
			.locator('details', { has: folded })
			.getByText('Not Enough Storage', { exact: true });
		await expect(more).toBeHidden();
		await folded.click();
		await expect(more).toBeVisible();

		await page.setViewportSize({ width: 1400, height: 900 });
		await expect(fullList).toBeVisible();
		await expect(folded).toBeHidden();
	});

	test('the start page triages without JavaScript', async ({ newDevice }) => {
		const page = await newDevice({ javaScriptEnabled: false });
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'My iPhone or iPad won’t back up to iCloud'
		);
		await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
		await page.getByRole('link', { name: /Not Enough Storage/ }).click();
		await expect(page).toHaveURL(STORAGE_FULL);
	});
});
