import { isOfflineManifest, type OfflineManifest } from '../../lib/offline/offline-manifest';
import { OFFLINE_MANIFEST_URL } from '../../lib/offline/offline-paths';
import {
	describeOfflineCopy,
	offlineCopyState,
	type OfflineCopyState,
} from '../../lib/offline/offline-copy';

/** How often to look again while the service worker is still saving files. */
const POLL_MS = 1000;
/** Stop looking after this long; a reload looks again. */
const GIVE_UP_MS = 120_000;

/**
 * The start page's "Save for offline" panel: reads the offline manifest, counts how many of its
 * files Cache Storage holds, and says whether the whole site is ready offline. The service worker
 * saves everything on its own on the first visit; this only watches, until it is done.
 */
export async function showOfflineCopy(): Promise<void> {
	const panel = document.querySelector<HTMLElement>('[data-offline-copy]');
	const status = panel?.querySelector<HTMLElement>('[data-offline-copy-status]');
	const meter = panel?.querySelector<HTMLProgressElement>('progress');
	if (!panel || !status || !meter) return;
	const supported = 'serviceWorker' in navigator && 'caches' in window;
	const manifest = supported ? await readManifest() : null;
	const started = Date.now();
	for (;;) {
		const stored = manifest ? await countStored(manifest.urls) : 0;
		const state = offlineCopyState({ supported, manifest, stored, online: navigator.onLine });
		render(panel, status, meter, state);
		if (state.kind !== 'saving' || Date.now() - started > GIVE_UP_MS) return;
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
}

function render(
	panel: HTMLElement,
	status: HTMLElement,
	meter: HTMLProgressElement,
	state: OfflineCopyState
): void {
	panel.dataset.state = state.kind;
	const text = describeOfflineCopy(state);
	// Only a changed sentence is written, so screen readers hear each state once, not each file.
	if (status.textContent !== text) status.textContent = text;
	meter.hidden = state.kind !== 'saving';
	if (state.kind === 'saving') {
		meter.max = state.files;
		meter.value = state.stored;
	}
}

async function readManifest(): Promise<OfflineManifest | null> {
	try {
		const response = await fetch(OFFLINE_MANIFEST_URL);
		if (!response.ok) return null;
		const value: unknown = await response.json();
		return isOfflineManifest(value) ? value : null;
	} catch {
		return null;
	}
}

async function countStored(urls: readonly string[]): Promise<number> {
	try {
		// Precache keys carry a revision parameter; any stored copy of the file counts.
		const found = await Promise.all(urls.map((url) => caches.match(url, { ignoreSearch: true })));
		return found.filter(Boolean).length;
	} catch {
		// Cache Storage can refuse to open (storage blocked); nothing is stored then.
		return 0;
	}
}
