import path from 'node:path';
import type { BuiltSite } from '../built-site.ts';

/** Files whose text can name other files; anything else (fonts, images) is read by no one here. */
const TEXT_FILE = /\.(html|js|mjs|css|svg|json)$/;

/**
 * Built files under `_astro/` that no page loads, directly or through files it loads: followed
 * from every HTML page through each file that names another (an import, a preload list, a CSS
 * url()). Hashed names make a plain text search exact enough. A build can hold files no page
 * uses (Pagefind's UI bundles, a framework's unused runtime); the offline copy skips them.
 * Returns paths relative to the site's root, with forward slashes.
 */
export async function unreferencedAssets(site: BuiltSite): Promise<string[]> {
	const assets = site.files.filter((file) => file.startsWith('_astro/'));
	const reached = new Set<string>();
	const queue = [...site.pages];
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		if (!TEXT_FILE.test(file)) continue;
		const text = await site.text(file);
		for (const asset of assets) {
			if (!reached.has(asset) && text.includes(path.posix.basename(asset))) {
				reached.add(asset);
				queue.push(asset);
			}
		}
	}
	return assets.filter((asset) => !reached.has(asset));
}
