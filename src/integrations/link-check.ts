import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { LinkChecker, LinkState } from 'linkinator';

/**
 * Fails the build on a broken internal link or #fragment, using linkinator over the finished
 * `dist/` (it serves the folder itself). Every HTML page is a starting point, so pages nothing
 * links to are checked too. Links to other sites are not fetched: builds must not need a network.
 */
export function linkCheckIntegration(): AstroIntegration {
	return {
		name: 'backup-rescue:link-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// Timed so the scale benchmark (scripts/bench-scale.mjs) can tell what grows.
				const started = performance.now();
				const checker = new LinkChecker();
				const result = await checker.check({
					// Relative to serverRoot: every page is a starting point.
					path: '**/*.html',
					serverRoot: root,
					recurse: true,
					checkFragments: true,
					concurrency: 8,
					linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
				});
				const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
				if (broken.length > 0) {
					const lines = broken.map(
						(link) => `${link.url} (status ${link.status ?? '?'}) on ${link.parent ?? '?'}`
					);
					throw new Error(`Broken internal links or anchors:\n- ${lines.join('\n- ')}`);
				}
				logger.info(
					`Checked ${result.links.length} internal links and anchors in ${Math.round(performance.now() - started)} ms.`
				);
			},
		},
	};
}
