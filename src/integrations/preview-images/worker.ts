import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import type { PreviewImageJob } from '../../lib/seo/preview-image.ts';
import { prepareCardDrawing } from './draw.ts';

/** What the pool gives each worker once: where to write, and the site's name and address. */
export interface WorkerSetup {
	outDir: string;
	siteName: string;
	siteHost: string;
}

/** A worker's answer to one job: the file written, or why not. */
export type WorkerReply = { path: string; bytes: number } | { path: string; error: string };

const { outDir, siteName, siteHost } = workerData as WorkerSetup;
// libvips's own threads would compete with the page rendering this thread runs beside.
sharp.concurrency(1);
// Fonts read and the fixed parts drawn once per worker, while Astro is still bundling.
const drawing = prepareCardDrawing({ name: siteName, host: siteHost });

parentPort?.on('message', (job: PreviewImageJob) => {
	draw(job).then(
		(bytes) => parentPort?.postMessage({ path: job.path, bytes } satisfies WorkerReply),
		(error: unknown) => parentPort?.postMessage({ path: job.path, error: String(error) })
	);
});

/** Draws one card and writes the PNG. */
async function draw(job: PreviewImageJob): Promise<number> {
	const png = await (await drawing)(job);
	const file = path.join(outDir, job.path);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, png);
	return png.length;
}
