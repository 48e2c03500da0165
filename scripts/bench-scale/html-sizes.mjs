// @ts-check

/**
 * HTML bytes in a built site: the mean per page, the largest page, and the start page, which is
 * where a list of every article would show first.
 * @param {import('../../src/integrations/built-site.ts').BuiltSite} site
 * @returns {Promise<{ pages: number, meanBytes: number, maxBytes: number, homeBytes: number }>}
 */
export async function htmlSizes(site) {
	const sizes = await Promise.all(site.pages.map((page) => site.size(page)));
	const total = sizes.reduce((sum, size) => sum + size, 0);
	return {
		pages: sizes.length,
		meanBytes: total / Math.max(1, sizes.length),
		maxBytes: Math.max(0, ...sizes),
		homeBytes: await site.size('index.html'),
	};
}
