import { offerUpdates } from './update-notice';

/**
 * Register the service worker once the page has loaded, so its downloads of the whole site never
 * compete with the page the reader asked for. A browser that refuses (private modes, storage
 * disabled) just reads the site online; that is worth a warning, not an error.
 *
 * A page that a worker served reloads when another worker takes over, so the page and the files
 * it fetches later (search data, search index) always come from one build. `url` is the
 * worker's (lib/offline/offline-paths.ts, written into the page by OfflineSupport.astro).
 */
export function registerServiceWorker(url: string): void {
	if (!('serviceWorker' in navigator)) return;
	if (navigator.serviceWorker.controller) {
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true,
		});
	}
	const register = () => {
		// 'none': the browser asks the server for sw.js on every check, whatever HTTP caches say.
		navigator.serviceWorker
			.register(url, { scope: '/', updateViaCache: 'none' })
			.then(offerUpdates)
			// The site name is written out, not imported from lib/site.ts: a shared import would take
			// this script out of the page into a file of its own, one more request on every page.
			.catch((error: unknown) =>
				console.warn(`Backup Rescue: no offline copy in this browser (${String(error)})`)
			);
	};
	if (document.readyState === 'complete') register();
	else window.addEventListener('load', register, { once: true });
}
