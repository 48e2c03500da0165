import { Worker } from 'node:worker_threads';
import type { PreviewImageJob } from '../../lib/seo/preview-image.ts';
import type { PreviewImageQueue } from './queue.ts';
import type { WorkerReply, WorkerSetup } from './worker.ts';

/** What a finished pool drew. */
export interface PoolResult {
	images: number;
	bytes: number;
}

/** A queue that draws on worker threads, so the main thread goes on rendering pages meanwhile. */
export interface PreviewImagePool extends PreviewImageQueue {
	/** Waits for every image queued so far, then stops the workers; fails if any image failed. */
	finish(): Promise<PoolResult>;
}

/** Starts `size` workers; each job goes to the worker with the fewest waiting. */
export function startPreviewImagePool(size: number, setup: WorkerSetup): PreviewImagePool {
	const workers = Array.from({ length: size }, () => ({
		worker: new Worker(new URL('./worker.ts', import.meta.url), { workerData: setup }),
		waiting: 0,
	}));
	const pending = new Map<
		string,
		{ resolve: (bytes: number) => void; reject: (e: Error) => void }
	>();
	const results: Promise<number>[] = [];
	for (const slot of workers) {
		slot.worker.on('message', (reply: WorkerReply) => {
			slot.waiting--;
			const job = pending.get(reply.path);
			pending.delete(reply.path);
			if ('error' in reply) job?.reject(new Error(`${reply.path}: ${reply.error}`));
			else job?.resolve(reply.bytes);
		});
		slot.worker.on('error', (error) => {
			for (const job of pending.values()) job.reject(error);
		});
	}
	const seen = new Set<string>();
	return {
		add(job) {
			if (seen.has(job.path)) return;
			seen.add(job.path);
			const slot = workers.reduce((least, next) => (next.waiting < least.waiting ? next : least));
			slot.waiting++;
			results.push(
				new Promise<number>((resolve, reject) => pending.set(job.path, { resolve, reject }))
			);
			slot.worker.postMessage(job satisfies PreviewImageJob);
		},
		async finish() {
			try {
				const sizes = await Promise.all(results);
				return { images: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
			} finally {
				await Promise.all(workers.map(({ worker }) => worker.terminate()));
			}
		},
	};
}
