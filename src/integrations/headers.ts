import { OFFLINE_MANIFEST_URL, SERVICE_WORKER_URL } from '../lib/offline/offline-paths.ts';
import type { AstroConfig, AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { directiveHashes, metaPolicy, renderCspPolicy } from '../lib/build/csp.ts';
import { openBuiltSite, type BuiltSite } from './built-site.ts';

/** Security headers that a <meta> policy cannot carry, for every response. */
const SECURITY_HEADERS = [
	'X-Content-Type-Options: nosniff',
	'Referrer-Policy: strict-origin-when-cross-origin',
	'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'X-Frame-Options: DENY',
	'Cross-Origin-Opener-Policy: same-origin',
];

type CspConfig = Exclude<AstroConfig['security']['csp'], boolean | undefined>;

/**
 * Writes `dist/_headers` (the format Netlify and Cloudflare Pages read) after the build, with one
 * Content-Security-Policy for every page, plus headers a meta tag can't set, plus cache rules.
 *
 * The policy is Astro's own: the `security.csp` config (directives, resources and declared hashes
 * such as the theme script's) with every script and style hash Astro put into the pages' <meta>
 * policies, read back from them. A header policy is enforced on the whole page, including what
 * comes before the <meta> tag (the theme script, whose hash the config declares). Astro 7 hands an
 * integration its per-page hashes only through an adapter's `staticHeaders`, which drops the
 * <meta> tag that hosts without `_headers` rely on, so they are read from the pages.
 */
export function headersIntegration(
	site: (root: string) => Promise<BuiltSite> = openBuiltSite
): AstroIntegration {
	let csp: CspConfig | undefined;
	return {
		name: 'backup-rescue:headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (typeof config.security.csp !== 'object')
					throw new Error('headersIntegration needs security.csp set to an object.');
				csp = config.security.csp;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!csp) throw new Error('astro:config:done did not run.');
				const built = await site(fileURLToPath(dir));
				const hashes = { scripts: new Set<string>(), styles: new Set<string>() };
				for (const file of built.pages) {
					const policy = metaPolicy(await built.text(file));
					if (policy === undefined)
						throw new Error(`${file} has no Content-Security-Policy <meta> tag from Astro.`);
					for (const hash of directiveHashes(policy, 'script-src')) hashes.scripts.add(hash);
					for (const hash of directiveHashes(policy, 'style-src')) hashes.styles.add(hash);
				}
				const policy = renderCspPolicy({
					directives: csp.directives ?? [],
					scriptResources: plain(csp.scriptDirective?.resources ?? []),
					scriptHashes: [...plain(csp.scriptDirective?.hashes ?? []), ...hashes.scripts],
					styleResources: plain(csp.styleDirective?.resources ?? []),
					styleHashes: [...plain(csp.styleDirective?.hashes ?? []), ...hashes.styles],
				});
				const lines = [
					'/*',
					`  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
					...SECURITY_HEADERS.map((header) => `  ${header}`),
					'',
					'# Hashed file names never change content: cache them for a year.',
					'/_astro/*',
					'  Cache-Control: public, max-age=31536000, immutable',
					'',
					'# The search index keeps its file names across builds for its entry file: revalidate.',
					'/pagefind/*',
					'  Cache-Control: public, max-age=0, must-revalidate',
					'',
					'# The service worker and its manifest: browsers must see a new deploy at once.',
					SERVICE_WORKER_URL,
					'  Cache-Control: no-cache',
					OFFLINE_MANIFEST_URL,
					'  Cache-Control: no-cache',
					'',
				];
				await writeFile(path.join(built.root, '_headers'), lines.join('\n'));
				logger.info(
					`Wrote _headers: one policy for ${built.pages.length} pages, with Astro's ${hashes.scripts.size} script and ${hashes.styles.size} style hashes.`
				);
			},
		},
	};
}

/** The plain (`script-src`/`style-src`) entries of a resource or hash list; scoped ones are refused. */
function plain(entries: readonly (string | { kind: string })[]): string[] {
	return entries.map((entry) => {
		if (typeof entry !== 'string')
			throw new Error('_headers supports only plain CSP resources and hashes, not scoped ones.');
		return entry;
	});
}
