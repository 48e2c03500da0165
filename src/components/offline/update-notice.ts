/**
 * Offer the newer build a waiting service worker holds: a quiet "A newer version is ready"
 * line with a Reload button, in a polite live region that is empty until then. The button lets
 * the waiting worker take over (SKIP_WAITING); every open tab then reloads on the controller
 * change (see register-worker.ts), so no tab keeps running the old build against the new worker.
 * Only for a page that already has a worker: the first worker has nothing newer to offer.
 */
export function offerUpdates(registration: ServiceWorkerRegistration): void {
	const notice = document.querySelector<HTMLElement>('[data-update-notice]');
	if (!notice || !navigator.serviceWorker.controller) return;
	const offer = (worker: ServiceWorker) => {
		if (notice.childElementCount > 0) return;
		const text = document.createElement('span');
		text.textContent = 'A newer version is ready.';
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = 'Reload';
		button.addEventListener('click', () => {
			button.disabled = true;
			worker.postMessage({ type: 'SKIP_WAITING' });
		});
		notice.append(text, ' ', button);
	};
	// A new worker may be installing already: the browser checks for one on every navigation.
	const follow = (worker: ServiceWorker | null) => {
		if (worker?.state === 'installed') offer(worker);
		else
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') offer(worker);
			});
	};
	if (registration.waiting) offer(registration.waiting);
	follow(registration.installing);
	registration.addEventListener('updatefound', () => follow(registration.installing));
}
