/**
 * Keep the offline indicator in step with the connection. The indicator is a polite live region
 * that stays in the page and is empty while online, so screen readers announce only the change.
 * navigator.onLine can say "online" on a network that reaches nothing (Wi-Fi without internet);
 * then the service worker's timeout still serves saved pages, and the indicator just stays quiet.
 */
export function showConnectionStatus(): void {
	const indicator = document.querySelector<HTMLElement>('[data-connection-status]');
	if (!indicator) return;
	const update = () => {
		const saved = Boolean(navigator.serviceWorker?.controller);
		indicator.textContent = navigator.onLine
			? ''
			: saved
				? 'You’re offline. Reading the copy saved on this device.'
				: 'You’re offline. Pages you haven’t saved may not open.';
	};
	update();
	window.addEventListener('online', update);
	window.addEventListener('offline', update);
}
