// @ts-check
/**
 * Builds the site once with Astro's JavaScript API, for the scale benchmark; run as its own process
 * (with DOCS_CONTENT_DIR set) so every size starts cold and its memory is returned afterwards.
 * Usage: node build-site.mjs <outDir> <cacheDir>
 * The cache folder is the benchmark's own: the default (node_modules/.astro) is shared by every
 * checkout on this machine, and a cold content cache is what a fresh CI build sees anyway.
 */
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir || !process.env.DOCS_CONTENT_DIR) {
	console.error('Usage: DOCS_CONTENT_DIR=<dir> node build-site.mjs <outDir> <cacheDir>');
	process.exit(2);
}
await build({ outDir, cacheDir, logLevel: 'info' });
