import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import {
	brokenLinks,
	isInternal,
	pageLinks,
	sitePath,
	type PageLinks,
} from '../lib/internal-links';
import { repeatedIds } from '../lib/repeated-ids';

/**
 * Fails the build on a broken internal link or #fragment in the finished `dist/`, and on an id two
 * elements of a page claim (a fragment that could land on either). Every HTML page is read once,
 * from disk: a crawler over HTTP (linkinator until now) cost 0.4 s for this site but grows faster
 * than the page count (each link looked up in a list of all results so far). Links to other sites
 * are not fetched: builds must not need a network.
 */
export function linkCheckIntegration(): AstroIntegration {
	return {
		name: 'backup-rescue:link-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// Timed so the scale benchmark (scripts/bench-scale.mjs) can tell what grows.
				const started = performance.now();
				const files = await siteFiles(root);
				const pages = new Map<string, PageLinks>();
				const repeated: string[] = [];
				await Promise.all(
					files
						.filter((file) => file.endsWith('.html'))
						.map(async (file) => {
							const html = await readFile(path.join(root, file), 'utf8');
							const ids = repeatedIds(html);
							if (ids.length > 0) repeated.push(`${file}: ${ids.join(', ')}`);
							pages.set(sitePath(file), pageLinks(html));
						})
				);
				if (repeated.length > 0) {
					throw new Error(
						`Ids used twice on a page (a checklist id may match a heading's):\n- ${repeated.sort().join('\n- ')}`
					);
				}
				const broken = brokenLinks(pages, new Set(files.map((file) => `/${file}`)));
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

/** Every file under the folder, as paths relative to it with forward slashes. */
async function siteFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) =>
			path.relative(root, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/')
		);
}
