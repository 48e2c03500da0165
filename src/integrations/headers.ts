import { OFFLINE_MANIFEST_URL, SERVICE_WORKER_URL } from '../lib/offline-paths';
import type { AstroConfig, AstroIntegration } from 'astro';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { renderCspPolicy } from '../lib/csp';
import { cspHash, type CspAlgorithm } from '../lib/csp-hash';

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
 * The policy is built from what Astro builds each page's <meta> policy from: the `security.csp`
 * config (directives, resources, and declared hashes such as the theme script's), and the hashes of
 * the inline scripts and styles Astro wrote into the pages. A header policy is enforced on the
 * whole page, including what comes before the <meta> tag (the theme script), so every inline
 * element of every page is hashed here, wherever it sits. Astro 7 hands an integration its
 * per-page policy only through an adapter's `staticHeaders`, which drops the <meta> tag that
 * hosts without `_headers` rely on.
 */
export function headersIntegration(): AstroIntegration {
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
				const root = fileURLToPath(dir);
				const pages = await htmlFiles(root);
				const inline = await inlineHashes(pages, csp.algorithm ?? 'SHA-256');
				const policy = renderCspPolicy({
					directives: csp.directives ?? [],
					scriptResources: plain(csp.scriptDirective?.resources ?? []),
					scriptHashes: [...plain(csp.scriptDirective?.hashes ?? []), ...inline.scripts],
					styleResources: plain(csp.styleDirective?.resources ?? []),
					styleHashes: [...plain(csp.styleDirective?.hashes ?? []), ...inline.styles],
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
				await writeFile(path.join(root, '_headers'), lines.join('\n'));
				logger.info(
					`Wrote _headers: one policy for ${pages.length} pages, ${inline.scripts.size} inline scripts and ${inline.styles.size} inline styles hashed.`
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

/** The hash sources of every inline <script> and <style> in these pages, as the browser computes them. */
async function inlineHashes(
	files: readonly string[],
	algorithm: CspAlgorithm
): Promise<{ scripts: Set<string>; styles: Set<string> }> {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const file of files) {
		const html = await readFile(file, 'utf8');
		for (const [, tag = '', attributes = '', text = ''] of html.matchAll(
			/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g
		)) {
			if (/\bsrc=/.test(attributes) || text === '') continue;
			(tag === 'script' ? scripts : styles).add(cspHash(text, algorithm));
		}
	}
	return { scripts, styles };
}

async function htmlFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.join(entry.parentPath, entry.name));
}
