import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index from the finished `dist/` after every `astro build`, through
 * Pagefind's Node API, so there is no separate command to forget. Errors fail the build.
 */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'backup-rescue:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const siteDir = fileURLToPath(dir);
				// Timed so the scale benchmark (scripts/bench-scale.mjs) can tell what grows.
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: siteDir });
				if (added.errors.length > 0)
					throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
				if (written.errors.length > 0)
					throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(
					`Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`
				);
			},
		},
	};
}
