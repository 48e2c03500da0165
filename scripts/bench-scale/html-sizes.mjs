// @ts-check
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * HTML bytes in a built site: the mean per page, the largest page, and the start page, which is
 * where a list of every article would show first.
 * @param {string} dist
 * @returns {Promise<{ pages: number, meanBytes: number, maxBytes: number, homeBytes: number }>}
 */
export async function htmlSizes(dist) {
	const entries = await readdir(dist, { withFileTypes: true, recursive: true });
	let pages = 0;
	let total = 0;
	let maxBytes = 0;
	for (const entry of entries) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const { size } = await stat(join(entry.parentPath, entry.name));
		pages += 1;
		total += size;
		maxBytes = Math.max(maxBytes, size);
	}
	const homeBytes = (await stat(join(dist, 'index.html'))).size;
	return { pages, meanBytes: total / Math.max(1, pages), maxBytes, homeBytes };
}
