/** Set once the browser has been asked, so a reader is never asked twice (Firefox asks in a prompt). */
const ASKED_KEY = 'backup-rescue:persist-asked';

/**
 * Asks the browser to keep this site's storage when the device runs short of space, where it
 * offers that (`navigator.storage.persist()`), once per device. Safari's seven-day rule is not
 * lifted by it; the notice (safari-notice.ts) covers that.
 */
export async function requestPersistentStorage(): Promise<void> {
	try {
		if (!navigator.storage?.persist || localStorage.getItem(ASKED_KEY)) return;
		localStorage.setItem(ASKED_KEY, String(Date.now()));
		if (!(await navigator.storage.persisted())) await navigator.storage.persist();
	} catch {
		// Storage blocked or the request refused: progress is kept as before, only less surely.
	}
}
