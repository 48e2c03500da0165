import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { repeatedIds } from '../lib/repeated-ids';

/**
 * Pages per linkinator run. Linkinator 8.1 looks every repeated link up in its list of results so
 * far (a linear scan), so one run over the whole site costs links × results: 244 s at 1,000
 * articles, hours at 5,000. Runs over batches keep that list short; the checks are the same.
 */
const PAGES_PER_RUN = 50;

/**
 * Fails the build on a broken internal link or #fragment, using linkinator over the finished
 * `dist/` (it serves the folder itself), and on an id two elements of a page claim (a fragment
 * that could land on either). Every HTML page is a starting point, so pages nothing links to are
 * checked too. Links to other sites are not fetched: builds must not need a network.
 */
export function linkCheckIntegration(): AstroIntegration {
	return {
		name: 'backup-rescue:link-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// Timed so the scale benchmark (scripts/bench-scale.mjs) can tell what grows.
				const started = performance.now();
				const pages = await htmlPages(root);
				const repeated = (
					await Promise.all(
						pages.map(async (page) => ({
							page,
							ids: repeatedIds(await readFile(path.join(root, page), 'utf8')),
						}))
					)
				).filter(({ ids }) => ids.length > 0);
				if (repeated.length > 0) {
					const lines = repeated.map(({ page, ids }) => `${page}: ${ids.join(', ')}`);
					throw new Error(
						`Ids used twice on a page (a checklist id may match a heading's):\n- ${lines.join('\n- ')}`
					);
				}
				const broken: LinkResult[] = [];
				let checked = 0;
				for (let start = 0; start < pages.length; start += PAGES_PER_RUN) {
					const result = await new LinkChecker().check({
						// Relative to serverRoot; each page of the batch is a starting point.
						path: pages.slice(start, start + PAGES_PER_RUN),
						serverRoot: root,
						recurse: true,
						checkFragments: true,
						concurrency: 8,
						linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
					});
					checked += result.links.length;
					broken.push(...result.links.filter((link) => link.state === LinkState.BROKEN));
				}
				if (broken.length > 0) {
					const lines = broken.map(
						(link) => `${link.url} (status ${link.status ?? '?'}) on ${link.parent ?? '?'}`
					);
					throw new Error(`Broken internal links or anchors:\n- ${lines.join('\n- ')}`);
				}
				logger.info(
					`Checked ${checked} internal links and anchors in ${Math.round(performance.now() - started)} ms.`
				);
			},
		},
	};
}

/** Every HTML file under the folder, as sorted paths relative to it (so neighbours share a run). */
async function htmlPages(root: string): Promise<string[]> {
	const entries = await readdir(root, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) =>
			path.relative(root, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/')
		)
		.sort();
}
