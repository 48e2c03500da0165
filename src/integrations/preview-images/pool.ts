import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerReply, WorkerSetup } from './worker.ts';

/** What a finished pool made. */
export interface PoolResult {
	images: number;
	/** Of those, drawn in this build rather than copied from the cache. */
	drawn: number;
	bytes: number;
	/** Cards not yet handed to a worker when the pages were done. */
	waitingAtEnd: number;
	/** Workers added then. */
	spares: number;
}

/** A queue that draws on worker threads, so the main thread goes on rendering pages meanwhile. */
export interface PreviewImagePool {
	/** Queues a page's card; a page queued twice is made once. */
	add(job: WorkerJob): void;
	/** Waits for every image queued so far, then stops the workers; fails if any image failed. */
	finish(): Promise<PoolResult>;
}

/** What the pool starts with. */
export interface PoolOptions {
	/** Workers while the pages render. */
	size: number;
	/** Workers to add when the pages are done (the main thread is idle then) and many cards wait. */
	spares: number;
	setup: WorkerSetup;
}

/** Jobs a worker holds at once: one drawing and one waiting, so it never idles for a message. */
const HELD = 2;
/**
 * A worker takes 1.5–3 s to start (satori, sharp, fonts, the card's fixed parts): with fewer cards
 * than this waiting (about 20 ms each), a spare would finish little before the others.
 */
const SPARE_FROM = 150;

/**
 * Starts the workers. Cards wait here and each worker is handed the next as it finishes one, so
 * spares started at the end take their share of what is left.
 */
export function startPreviewImagePool({ size, spares, setup }: PoolOptions): PreviewImagePool {
	const waiting: (WorkerJob | undefined)[] = [];
	let next = 0;
	const slots: { worker: Worker; held: number }[] = [];
	const seen = new Set<string>();
	const result = { images: 0, drawn: 0, bytes: 0 };
	let unfinished = 0;
	let failure: Error | undefined;
	let settle = () => {};

	const feed = (slot: { worker: Worker; held: number }) => {
		while (slot.held < HELD && next < waiting.length) {
			slot.worker.postMessage(waiting[next]);
			waiting[next++] = undefined;
			slot.held++;
		}
	};
	const startWorker = () => {
		const slot = {
			worker: new Worker(new URL('./worker.ts', import.meta.url), { workerData: setup }),
			held: 0,
		};
		slot.worker.on('message', (reply: WorkerReply) => {
			slot.held--;
			unfinished--;
			if ('error' in reply) failure ??= new Error(`${reply.path}: ${reply.error}`);
			else {
				result.images++;
				result.bytes += reply.bytes;
				if (reply.drawn) result.drawn++;
			}
			feed(slot);
			if (unfinished === 0 || failure) settle();
		});
		slot.worker.on('error', (error) => {
			failure ??= error;
			settle();
		});
		slots.push(slot);
		feed(slot);
	};
	for (let count = 0; count < size; count++) startWorker();

	return {
		add(job) {
			if (seen.has(job.path)) return;
			seen.add(job.path);
			waiting.push(job);
			unfinished++;
			const slot = slots.reduce((least, other) => (other.held < least.held ? other : least));
			feed(slot);
		},
		async finish() {
			const waitingAtEnd = waiting.length - next;
			const added = waitingAtEnd >= SPARE_FROM ? spares : 0;
			for (let count = 0; count < added; count++) startWorker();
			try {
				if (unfinished > 0 && !failure) await new Promise<void>((resolve) => (settle = resolve));
				if (failure) throw failure;
				return { ...result, waitingAtEnd, spares: added };
			} finally {
				await Promise.all(slots.map(({ worker }) => worker.terminate()));
			}
		},
	};
}
