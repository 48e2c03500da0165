import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { formatBytes } from '../lib/format-bytes';
import type { OfflineManifest } from '../lib/offline-manifest';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { bindSource } from './bind-source';
import { SW_FILE, deleteOtherCaches, serviceWorkerOptions } from './service-worker-config';

/** What a phone should have to store for the whole site; the build warns above it. */
const PRECACHE_BUDGET = 2_000_000;

/**
 * Writes the service worker (`dist/sw.js`, Workbox `generateSW`) and `dist/offline-manifest.json`
 * after every `astro build`, from the finished site including the search index, so it must run
 * after the Pagefind integration. Only builds get a worker; `astro dev` never has one.
 */
export function serviceWorkerIntegration(): AstroIntegration {
	return {
		name: 'backup-rescue:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { manifest, warnings } = await writeServiceWorker(fileURLToPath(dir));
				for (const warning of warnings) logger.warn(warning);
				const size = formatBytes(manifest.bytes);
				if (manifest.bytes > PRECACHE_BUDGET)
					logger.warn(
						`The offline copy is ${size}, over the ${formatBytes(PRECACHE_BUDGET)} budget.`
					);
				logger.info(
					`Wrote ${SW_FILE}: ${manifest.files} files (${size}) precached for offline reading.`
				);
			},
		},
	};
}

/** Generate the service worker and offline manifest for the built site in `root`. */
export async function writeServiceWorker(
	root: string
): Promise<{ manifest: OfflineManifest; warnings: string[] }> {
	let manifest: OfflineManifest | undefined;
	const options = await serviceWorkerOptions(root, (summary) => (manifest = summary));
	const { warnings } = await generateSW(options);
	if (!manifest) throw new Error('Workbox wrote no precache manifest.');
	const cleanup = bindSource(deleteOtherCaches, {
		prefix: `${options.cacheId}-`,
		keep: `${options.cacheId}-precache-`,
	});
	await appendFile(path.join(root, SW_FILE), `\n(${String(cleanup)})();\n`);
	return { manifest, warnings };
}
