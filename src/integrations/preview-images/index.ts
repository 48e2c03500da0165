import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { SITE_NAME } from '../../lib/site.ts';
import { startPreviewImagePool, type PreviewImagePool } from './pool.ts';
import { openPreviewImageQueue } from './queue.ts';

/**
 * Draws every article's link preview image (1200×630 PNG under /og/) during `astro build`. Pages
 * queue their image as they render (queue.ts); worker threads draw them meanwhile, on the cores
 * the single-threaded rendering leaves idle, and the build waits for the last one at its end, so
 * it sits after every other integration. The images are PNGs, which the offline copy never stores.
 */
export function previewImagesIntegration(): AstroIntegration {
	let pool: PreviewImagePool | undefined;
	let closeQueue = () => {};
	let outDir = '';
	let siteHost = '';
	return {
		name: 'backup-rescue:preview-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				siteHost = config.site ? new URL(config.site).host : '';
			},
			'astro:build:start': () => {
				// One thread renders pages; the rest of the machine draws.
				const size = Math.max(1, availableParallelism() - 1);
				pool = startPreviewImagePool(size, { outDir, siteName: SITE_NAME, siteHost });
				closeQueue = openPreviewImageQueue(pool);
			},
			'astro:build:done': async ({ logger }) => {
				closeQueue();
				if (!pool) return;
				const started = performance.now();
				const { images, bytes } = await pool.finish();
				logger.info(
					`Drew ${images} preview images (${Math.round(bytes / 1024)} KB); waited ${Math.round(performance.now() - started)} ms for the last.`
				);
			},
		},
	};
}
