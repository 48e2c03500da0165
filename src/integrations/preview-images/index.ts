import type { AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_NAME } from '../../lib/site.ts';
import { pruneCardCache, readCardDesign } from './cache.ts';
import { cardCacheName, designFingerprint } from './cache-key.ts';
import { startPreviewImagePool, type PreviewImagePool } from './pool.ts';
import { openPreviewImageQueue } from './queue.ts';

/**
 * Draws every article's link preview image (1200×630 PNG under /og/) during `astro build`. Pages
 * queue their image as they render (queue.ts); worker threads draw them meanwhile, on the cores
 * the single-threaded rendering leaves idle, and the build waits for the last one at its end, so
 * it sits after every other integration. A card drawn before with the same text and design is
 * copied from Astro's cache folder instead (`preview-images/`; a clean build, as in CI, draws all).
 * The images are PNGs, which the offline copy never stores.
 */
export function previewImagesIntegration(): AstroIntegration {
	let pool: PreviewImagePool | undefined;
	let closeQueue = () => {};
	let outDir = '';
	let cacheDir = '';
	let siteHost = '';
	const cached = new Set<string>();
	return {
		name: 'backup-rescue:preview-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(new URL('preview-images/', config.cacheDir));
				siteHost = config.site ? new URL(config.site).host : '';
			},
			'astro:build:start': () => {
				const site = { name: SITE_NAME, host: siteHost };
				const design = designFingerprint(readCardDesign());
				mkdirSync(cacheDir, { recursive: true });
				// One thread renders pages; the rest of the machine draws, and all of it once they are done.
				const cores = availableParallelism();
				const size = Math.max(1, cores - 1);
				const drawing = startPreviewImagePool({
					size,
					spares: cores - size,
					setup: { outDir, siteName: site.name, siteHost: site.host },
				});
				pool = drawing;
				closeQueue = openPreviewImageQueue({
					add(job) {
						const name = cardCacheName(design, site, job);
						cached.add(name);
						drawing.add({ ...job, cacheFile: path.join(cacheDir, name) });
					},
				});
			},
			'astro:build:done': async ({ logger }) => {
				closeQueue();
				if (!pool) return;
				const started = performance.now();
				const { images, drawn, bytes, waitingAtEnd, spares } = await pool.finish();
				const waited = Math.round(performance.now() - started);
				const removed = pruneCardCache(cacheDir, cached);
				logger.info(
					`Made ${images} preview images (${Math.round(bytes / 1024)} KB): ${drawn} drawn, ${images - drawn} from the cache (${removed} old ones removed). ` +
						`When the pages were done, ${waitingAtEnd} were still waiting${spares ? ` and ${spares} more worker${spares > 1 ? 's' : ''} started` : ''}; waited ${waited} ms for the last.`
				);
			},
		},
	};
}
