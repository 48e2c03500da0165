// @ts-check
/**
 * Marks, in a page, the moment the search's first result (or its "no results" state) is on
 * screen, as `window.__firstResultAt` (ms since navigation). The search benches read it.
 * @param {import('@playwright/test').Page} page
 */
export async function probeFirstResult(page) {
	await page.addInitScript(() => {
		const observer = new MutationObserver(() => {
			const shown =
				document.querySelector('.search-results [data-result-slug]') ||
				document.querySelector('main')?.dataset.searchState === 'done';
			if (!shown) return;
			/** @type {any} */ (window).__firstResultAt = performance.now();
			observer.disconnect();
		});
		observer.observe(document, { subtree: true, attributes: true, childList: true });
	});
}
