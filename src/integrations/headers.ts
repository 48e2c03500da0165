import type { AstroIntegration } from 'astro';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mergeCspPolicies } from '../lib/csp';

/** Security headers that a <meta> policy cannot carry, for every response. */
const SECURITY_HEADERS = [
	'X-Content-Type-Options: nosniff',
	'Referrer-Policy: strict-origin-when-cross-origin',
	'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'X-Frame-Options: DENY',
	'Cross-Origin-Opener-Policy: same-origin',
];

/**
 * Writes `dist/_headers` (the format Netlify and Cloudflare Pages read) after the build: the
 * union of every page's CSP <meta> policy (a header policy is enforced together with the meta one,
 * so it must allow everything any page needs), plus headers a meta tag can't set, plus cache rules.
 */
export function headersIntegration(): AstroIntegration {
	return {
		name: 'backup-rescue:headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const policies: string[] = [];
				for (const file of await htmlFiles(root)) {
					const html = await readFile(file, 'utf8');
					const match = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
					if (match?.[1]) policies.push(match[1]);
				}
				if (policies.length === 0)
					throw new Error('No page carries a CSP <meta>; is security.csp on?');
				const csp = `${mergeCspPolicies(policies)}; frame-ancestors 'none'`;
				const lines = [
					'/*',
					`  Content-Security-Policy: ${csp}`,
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
					'/sw.js',
					'  Cache-Control: no-cache',
					'/offline-manifest.json',
					'  Cache-Control: no-cache',
					'',
				];
				await writeFile(path.join(root, '_headers'), lines.join('\n'));
				logger.info(`Wrote _headers with a policy covering ${policies.length} pages.`);
			},
		},
	};
}

async function htmlFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.join(entry.parentPath, entry.name));
}
