import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { repeatedIds } from '../lib/build/repeated-ids.ts';
import { openBuiltSite, type BuiltSite } from './built-site.ts';

/**
 * Fails the build on an id two elements of a page claim (a #fragment that could land on either,
 * an `aria-labelledby` that could name either), in every page of the finished `dist/`.
 */
export function repeatedIdsCheckIntegration(
	site: (root: string) => Promise<BuiltSite> = openBuiltSite
): AstroIntegration {
	return {
		name: 'backup-rescue:repeated-ids',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const built = await site(fileURLToPath(dir));
				const repeated: string[] = [];
				for (const file of built.pages) {
					const ids = repeatedIds(await built.text(file));
					if (ids.length > 0) repeated.push(`${file}: ${ids.join(', ')}`);
				}
				if (repeated.length > 0) {
					throw new Error(
						`Ids used twice on a page (a checklist id may match a heading's):\n- ${repeated.join('\n- ')}`
					);
				}
				logger.info(`No id is used twice on any of ${built.pages.length} pages.`);
			},
		},
	};
}
