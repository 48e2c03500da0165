/**
 * Offer a newer build, in a quiet line with a Reload button (a polite live region, empty until
 * then). Two cases, both only for a page a worker controls (the first worker has nothing newer):
 *
 * - "A newer version is ready": a new worker has stored the new build and waits. Reload lets it
 *   take over (SKIP_WAITING); every open tab then reloads on the controller change (see
 *   register-worker.ts), so no tab keeps running the old build against the new worker.
 * - "A newer version of this site is online": the new build could not be stored (its worker
 *   failed to install), so the worker has given way to the network (runtime.js). This page came
 *   from the worker's older copy; Reload loads it again, from the network, whole.
 */
export function offerUpdates(registration: ServiceWorkerRegistration): void {
	const notice = document.querySelector<HTMLElement>('[data-update-notice]');
	const { serviceWorker } = navigator;
	if (!notice || !serviceWorker.controller) return;
	const offer = (text: string, reload: () => void) => {
		if (notice.childElementCount > 0) return;
		const line = document.createElement('span');
		line.textContent = text;
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = 'Reload';
		button.addEventListener('click', () => {
			button.disabled = true;
			reload();
		});
		notice.append(line, ' ', button);
	};
	const ready = (worker: ServiceWorker) =>
		offer('A newer version is ready.', () => worker.postMessage({ type: 'SKIP_WAITING' }));
	// A new worker may be installing already: the browser checks for one on every navigation.
	const follow = (worker: ServiceWorker | null) => {
		if (worker?.state === 'installed') ready(worker);
		else
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') ready(worker);
			});
	};
	if (registration.waiting) ready(registration.waiting);
	follow(registration.installing);
	registration.addEventListener('updatefound', () => follow(registration.installing));
	serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string } | null>) => {
		if (event.data?.type === 'OUTDATED')
			offer('A newer version of this site is online.', () => location.reload());
	});
	serviceWorker.startMessages();
	serviceWorker.controller.postMessage({ type: 'STATUS' });
}
