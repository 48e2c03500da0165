import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import {
	brokenLinks,
	isInternal,
	pageLinks,
	sitePath,
	type PageLinks,
} from '../lib/build/internal-links.ts';
import { openBuiltSite, type BuiltSite } from './built-site.ts';

/**
 * Fails the build on a broken internal link or #fragment in the finished `dist/`. Every HTML page
 * is read once, from disk (shared with the other checks through `site`): a crawler over HTTP
 * (linkinator until now) cost 0.4 s for this site but grows faster than the page count. Links to
 * other sites are not fetched: builds must not need a network.
 */
export function linkCheckIntegration(
	site: (root: string) => Promise<BuiltSite> = openBuiltSite
): AstroIntegration {
	return {
		name: 'backup-rescue:link-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				// Timed so the scale benchmark (scripts/bench-scale.mjs) can tell what grows.
				const started = performance.now();
				const built = await site(fileURLToPath(dir));
				const pages = new Map<string, PageLinks>();
				for (const file of built.pages)
					pages.set(sitePath(file), pageLinks(await built.text(file)));
				const broken = brokenLinks(pages, new Set(built.files.map((file) => `/${file}`)));
				if (broken.length > 0) {
					const lines = broken.map((link) => `${link.link} (${link.reason}) on ${link.page}`);
					throw new Error(`Broken internal links or anchors:\n- ${lines.join('\n- ')}`);
				}
				const checked = [...pages.values()].reduce(
					(sum, page) => sum + page.links.filter(isInternal).length,
					0
				);
				logger.info(
					`Checked ${checked} internal links and anchors in ${Math.round(performance.now() - started)} ms.`
				);
			},
		},
	};
}
