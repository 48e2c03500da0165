import { devices, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { STORAGE_FULL } from './site-paths';

/** Safari on an iPhone, in a tab: the browser whose stored progress may go after seven days. */
const IPHONE_SAFARI = {
	...devices['iPhone 13'],
	userAgent:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
	// devices['iPhone 13'] is a WebKit device; this suite runs Chromium with its user agent.
	defaultBrowserType: undefined,
};

/** Safari on a Mac: WebKit's seven-day rule covers it too, but it has no Home Screen. */
const MAC_SAFARI = {
	...devices['Desktop Safari'],
	userAgent:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
	defaultBrowserType: undefined,
};

/** The Safari notice, by its landmark name. */
const safariNotice = (page: Page) =>
	page.getByRole('complementary', { name: 'Keep your progress' });

test.describe('keeping progress', () => {
	test('asks the browser to keep storage once there are ticks, and shows Chromium no Safari notice', async ({
		page,
		checklist,
	}) => {
		await checklist.open(STORAGE_FULL);
		expect(
			await page.evaluate(() => localStorage.getItem('backup-rescue:persist-asked'))
		).toBeNull();
		await checklist.tick(0);
		// Asked once the page opens with progress (the answer is the browser's).
		await page.reload();
		await checklist.waitForHydrated();
		await expect(checklist.box(0)).toBeChecked();
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('backup-rescue:persist-asked')))
			.not.toBeNull();
		await expect(safariNotice(page)).toHaveCount(0);
		await page.goto('/progress/');
		await expect(page.locator('[data-progress-list] li').first()).toBeVisible();
		await expect(safariNotice(page)).toHaveCount(0);
	});

	test('on iPhone Safari, shows the notice under a checklist with ticks and on /progress/ until dismissed', async ({
		newDevice,
	}) => {
		const phone = await newDevice(IPHONE_SAFARI);
		const checklist = new ChecklistPage(phone);
		await checklist.open(STORAGE_FULL);
		// No ticks, nothing to keep: no notice.
		await expect(safariNotice(phone)).toHaveCount(0);

		await checklist.tick(0);
		// From the next page load with progress on (Safari often reloads on a return from Settings).
		await phone.reload();
		const notice = safariNotice(phone);
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('Safari may clear this site’s saved progress');
		await expect(notice).toContainText('Home Screen');
		await expect(notice).toContainText('Continue on another device');
		// Right under the checklist with the tick.
		expect(
			await notice.evaluate((element) =>
				element.previousElementSibling?.matches('[data-checklist]')
			)
		).toBe(true);

		expect(await axeViolations(phone)).toEqual([]);
		await phone.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(phone)).toEqual([]);

		// Still there on the next visit, and on /progress/, until the reader dismisses it.
		await phone.reload();
		await expect(safariNotice(phone)).toBeVisible();
		await phone.goto('/progress/');
		await expect(phone.locator('[data-progress-list] li').first()).toBeVisible();
		await expect(safariNotice(phone)).toBeVisible();
		await safariNotice(phone).getByRole('button', { name: 'Don’t show again' }).click();
		await expect(safariNotice(phone)).toHaveCount(0);

		// Gone for good: not on the article, not on /progress/.
		await phone.reload();
		await expect(phone.locator('[data-progress-list] li').first()).toBeVisible();
		await expect(safariNotice(phone)).toHaveCount(0);
		await checklist.open(STORAGE_FULL);
		await expect(checklist.box(0)).toBeChecked();
		await expect(safariNotice(phone)).toHaveCount(0);
	});

	test('on Mac Safari, says to save a link or export, not to use a Home Screen', async ({
		newDevice,
	}) => {
		const mac = await newDevice(MAC_SAFARI);
		const checklist = new ChecklistPage(mac);
		await checklist.open(STORAGE_FULL);
		await checklist.tick(0);
		await mac.reload();
		const notice = safariNotice(mac);
		await expect(notice).toContainText('Safari may clear this site’s saved progress');
		await expect(notice).toContainText('Continue on another device');
		await expect(notice).toContainText('export your progress to a file');
		await expect(notice).not.toContainText('Home Screen');
		expect(await axeViolations(mac)).toEqual([]);
	});

	test('is not shown when the site was opened from the Home Screen', async ({ newDevice }) => {
		const phone = await newDevice(IPHONE_SAFARI);
		await phone.addInitScript(() =>
			Object.defineProperty(navigator, 'standalone', { value: true })
		);
		const checklist = new ChecklistPage(phone);
		await checklist.open(STORAGE_FULL);
		await checklist.tick(0);
		await phone.reload();
		await expect
			.poll(() => phone.evaluate(() => localStorage.getItem('backup-rescue:persist-asked')))
			.not.toBeNull();
		await expect(safariNotice(phone)).toHaveCount(0);
	});
});
