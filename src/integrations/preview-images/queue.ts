import type { PreviewImageJob } from '../../lib/seo/preview-image.ts';

/** Where the build's image queue waits for pages: shared by the integration and the rendered routes. */
const QUEUE_KEY = Symbol.for('backup-rescue.preview-images');

/** Takes the jobs pages hand in while they render. */
export interface PreviewImageQueue {
	add(job: PreviewImageJob): void;
}

type WithQueue = typeof globalThis & { [QUEUE_KEY]?: PreviewImageQueue };

/**
 * Hands a page's preview image to the build, which draws it on another thread while pages go on
 * rendering. The routes run from Astro's prerender bundle and the integration from the config, two
 * copies of every module in one process, so the queue is found through a global symbol. Outside a
 * build (`astro dev`, `astro check`) there is no queue and nothing is drawn.
 */
export function queuePreviewImage(job: PreviewImageJob): void {
	(globalThis as WithQueue)[QUEUE_KEY]?.add(job);
}

/** Opens the queue for a build; returns how to close it again. */
export function openPreviewImageQueue(queue: PreviewImageQueue): () => void {
	(globalThis as WithQueue)[QUEUE_KEY] = queue;
	return () => delete (globalThis as WithQueue)[QUEUE_KEY];
}
