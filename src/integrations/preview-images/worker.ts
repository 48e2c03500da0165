import { copyFileSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import type { PreviewImageJob } from '../../lib/seo/preview-image.ts';
import { prepareCardDrawing } from './draw.ts';

/** What the pool gives each worker once: where to write, and the site's name and address. */
export interface WorkerSetup {
	outDir: string;
	siteName: string;
	siteHost: string;
}

/** One image to make: the page's, and where the same card is kept between builds, if anywhere. */
export type WorkerJob = PreviewImageJob & { cacheFile?: string };

/** A worker's answer to one job: the file written and whether it was drawn, or why not. */
export type WorkerReply =
	{ path: string; bytes: number; drawn: boolean } | { path: string; error: string };

const { outDir, siteName, siteHost } = workerData as WorkerSetup;
// libvips's own threads would compete with the page rendering this thread runs beside.
sharp.concurrency(1);
// Fonts read and the fixed parts drawn once per worker, while Astro is still bundling.
const drawing = prepareCardDrawing({ name: siteName, host: siteHost });

parentPort?.on('message', (job: WorkerJob) => {
	make(job).then(
		(made) => parentPort?.postMessage({ path: job.path, ...made } satisfies WorkerReply),
		(error: unknown) => parentPort?.postMessage({ path: job.path, error: String(error) })
	);
});

/** Copies the card from the cache, or draws it, writes it and keeps a copy there. */
async function make(job: WorkerJob): Promise<{ bytes: number; drawn: boolean }> {
	const file = path.join(outDir, job.path);
	mkdirSync(path.dirname(file), { recursive: true });
	if (job.cacheFile) {
		try {
			copyFileSync(job.cacheFile, file);
			return { bytes: statSync(file).size, drawn: false };
		} catch {
			// Not drawn before, or removed meanwhile by another build's clean-up: draw it.
		}
	}
	const png = await (await drawing)(job);
	writeFileSync(file, png);
	if (job.cacheFile) {
		// Renamed into place whole, so another build never copies half a file.
		const partial = `${job.cacheFile}.${process.pid}-${threadId}.partial`;
		writeFileSync(partial, png);
		renameSync(partial, job.cacheFile);
	}
	return { bytes: png.length, drawn: true };
}
