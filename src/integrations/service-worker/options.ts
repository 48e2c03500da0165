import type { WorkerConfig } from './runtime.js';
import { SERVICE_WORKER_URL } from '../../lib/offline/offline-paths.ts';

/** The service worker's file in the built site. */
export const SW_FILE = SERVICE_WORKER_URL.slice(1);

/** What a phone should have to store for the whole site; the build warns above it. */
export const PRECACHE_BUDGET = 2_000_000;

/**
 * The worker's settings other than what it stores. Its caches are named as Workbox named them
 * (`backup-rescue-precache-v2-<scope>`), so readers' stored copies carry over. Query parameters
 * that never change a file: campaign tags, and Pagefind's `ts`, which it adds to
 * `pagefind-entry.json` to get past HTTP caches.
 */
export const WORKER_OPTIONS: Omit<WorkerConfig, 'precache' | 'build' | 'manifest'> = {
	cacheId: 'backup-rescue',
	ignoreParams: ['^utm_', '^fbclid$', '^ts$'],
};
