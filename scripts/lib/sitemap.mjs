// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every page in a built site's sitemap, as paths (`/fixes/storage-full/`), in the sitemap's order.
 * Read synchronously, so test files can make one test per page when they load.
 * @param {string} [dist] The built site's folder.
 * @returns {string[]}
 */
export function builtSitemapPaths(dist = 'dist') {
	const file = path.join(dist, 'sitemap-0.xml');
	if (!existsSync(file)) throw new Error(`No built site in ${dist}/: run \`npm run build\` first.`);
	const xml = readFileSync(file, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}
