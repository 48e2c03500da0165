import type { Page } from '@playwright/test';
import { CORRUPT_MARK, KEY_ROOT, recordKey } from '../src/lib/progress/keys';

/**
 * The browser storage the site keeps progress in, as tests read, seed and break it. Keys come from
 * the site's own module, so a change of format changes the tests with it.
 */

export { CORRUPT_MARK, recordKey };

/** The key a record had in version 1 of the storage format, which the site migrates on load. */
export function legacyRecordKey({ page, checklist }: { page: string; checklist: string }): string {
	return `${KEY_ROOT}v1:${page}#${checklist}`;
}

/** Every progress key and value in this page's storage. */
export function storedProgress(page: Page): Promise<Record<string, string>> {
	return page.evaluate(
		(root) =>
			Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith(root))),
		KEY_ROOT
	);
}

/**
 * Every progress key and value as one string, to compare before and after. The site's own notes
 * (that it asked for persistent storage, a dismissed notice) are not the reader's progress.
 */
export async function storageSnapshot(page: Page): Promise<string> {
	return JSON.stringify(await storedProgress(page));
}

/** Store values before the site's first page load, once per tab (a reload keeps what it made). */
export async function seedStorageOnce(page: Page, items: Record<string, string>): Promise<void> {
	await page.addInitScript((entries) => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
	}, items);
}

/** Make localStorage throw on any use, as Safari does with "Block all cookies". */
export async function blockStorage(page: Page): Promise<void> {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	});
}

/** Make every write to storage fail as a full device's does. */
export async function fillStorage(page: Page): Promise<void> {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		};
	});
}
