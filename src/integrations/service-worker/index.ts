import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { formatBytes } from '../../lib/format/format-bytes.ts';
import { summarizePrecache, type OfflineManifest } from '../../lib/offline/offline-manifest.ts';
import { OFFLINE_MANIFEST_URL } from '../../lib/offline/offline-paths.ts';
import { bindSource } from './bind-source.ts';
import { openBuiltSite, type BuiltSite } from '../built-site.ts';
import { buildId, precacheEntries, precacheEntryFor } from './precache-manifest.ts';
import { serviceWorker } from './runtime.js';
import { PRECACHE_BUDGET, SW_FILE, WORKER_OPTIONS } from './options.ts';

/**
 * Writes the service worker (`dist/sw.js`) and `dist/offline-manifest.json` after every
 * `astro build`, from the finished site including the search index, so it must run after the
 * Pagefind integration. Only builds get a worker; `astro dev` never has one.
 */
export function serviceWorkerIntegration(
	site: (root: string) => Promise<BuiltSite> = openBuiltSite
): AstroIntegration {
	return {
		name: 'backup-rescue:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { manifest, warnings } = await writeServiceWorker(await site(fileURLToPath(dir)));
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

/**
 * Write the service worker and offline manifest for a built site (a folder, or one already open).
 * The worker is the runtime's source text bound to this build's precache list.
 */
export async function writeServiceWorker(
	site: BuiltSite | string
): Promise<{ manifest: OfflineManifest; warnings: string[] }> {
	const built = typeof site === 'string' ? await openBuiltSite(site) : site;
	const { entries, warnings } = await precacheEntries(built);
	const build = buildId(entries);
	const manifest = summarizePrecache(entries, build);
	const json = JSON.stringify(manifest);
	await writeFile(path.join(built.root, OFFLINE_MANIFEST_URL), json);
	const precache = [...entries, precacheEntryFor(OFFLINE_MANIFEST_URL.slice(1), json)].map(
		({ url, revision }) => ({ url, revision })
	);
	const worker = bindSource(serviceWorker, {
		...WORKER_OPTIONS,
		build,
		manifest: OFFLINE_MANIFEST_URL,
		precache,
	});
	await writeFile(path.join(built.root, SW_FILE), `(${String(worker)})();\n`);
	return { manifest, warnings };
}
