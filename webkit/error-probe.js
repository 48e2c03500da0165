// Injected by probe-proxy.mjs as the first script of every page, so it sees errors thrown while
// the page's own modules load. WebDriver classic has no console or error log for WebKit, so
// problems are kept in sessionStorage, where they survive reloads until the suite reads them.
(() => {
	const KEY = '__webkitSmokeProblems';
	// Leaving a page cancels its pending loads, and WebKit (unlike Chromium) still runs the
	// rejections that follows ("Importing a module script failed", "Load failed"): not the page's.
	let leaving = false;
	addEventListener('beforeunload', () => (leaving = true));
	addEventListener('pagehide', () => (leaving = true));
	addEventListener('pageshow', () => (leaving = false));
	const record = (text) => {
		if (leaving) return;
		try {
			const list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
			list.push(`${location.pathname}: ${text}`);
			sessionStorage.setItem(KEY, JSON.stringify(list));
		} catch {
			// Storage unavailable: nothing to keep the problem in.
		}
	};
	addEventListener(
		'error',
		(event) => {
			const target = event.target;
			if (target && target !== window && (target.src || target.href)) {
				record(`failed to load ${target.src || target.href}`);
			} else {
				record(`error: ${event.message}`);
			}
		},
		true
	);
	addEventListener('unhandledrejection', (event) => {
		const reason = event.reason;
		record(`unhandled rejection: ${reason && reason.message ? reason.message : String(reason)}`);
	});
	document.addEventListener('securitypolicyviolation', (event) => {
		record(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
	});
	const consoleError = console.error.bind(console);
	console.error = (...args) => {
		record(`console.error: ${args.map(String).join(' ')}`);
		consoleError(...args);
	};
})();
