import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import sharp from 'sharp';
import { PREVIEW_IMAGE_SIZE, type PreviewImageJob } from '../../lib/seo/preview-image.ts';
import { cardFonts, logoSource, previewCard } from './card.ts';

/** What the pool gives each worker once: where to write, and the site's name and address. */
export interface WorkerSetup {
	outDir: string;
	siteName: string;
	siteHost: string;
}

/** A worker's answer to one job: the file written, or why not. */
export type WorkerReply = { path: string; bytes: number } | { path: string; error: string };

const { outDir, siteName, siteHost } = workerData as WorkerSetup;
const fonts = cardFonts();
const site = { name: siteName, host: siteHost, logo: logoSource() };
// libvips's own threads would compete with the page rendering this thread runs beside.
sharp.concurrency(1);

parentPort?.on('message', (job: PreviewImageJob) => {
	draw(job).then(
		(bytes) => parentPort?.postMessage({ path: job.path, bytes } satisfies WorkerReply),
		(error: unknown) => parentPort?.postMessage({ path: job.path, error: String(error) })
	);
});

/** Draws one card (satori lays out the text as SVG, sharp rasterises it) and writes the PNG. */
async function draw(job: PreviewImageJob): Promise<number> {
	const svg = await satori(previewCard(job, site), { ...PREVIEW_IMAGE_SIZE, fonts });
	// No adaptive filtering: a quarter less CPU, for a flat card hardly a larger file.
	const png = await sharp(Buffer.from(svg))
		.png({ compressionLevel: 6, adaptiveFiltering: false })
		.toBuffer();
	const file = path.join(outDir, job.path);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, png);
	return png.length;
}
