import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GenerateSWOptions, ManifestTransform } from 'workbox-build';
import { bindSource } from './bind-source';
import {
	OFFLINE_MANIFEST_URL,
	summarizePrecache,
	type OfflineManifest,
} from '../lib/offline-manifest';

/**
 * What the service worker stores and how it answers, as Workbox `generateSW` options.
 *
 * - Every page, stylesheet, script and the search index are precached with content hashes, so
 *   the whole site works offline after one visit, and one build's files are never mixed with
 *   another's: a new build means a new worker, which takes over only once no page uses the old one
 *   (no skipWaiting).
 * - Pages are NetworkFirst with a short timeout: online readers always get the deployed HTML (a
 *   stale cache can't hold back an update); offline or on a network too slow to answer, they get
 *   this worker's precached copy of the page (exactly its revision, not a newer one a waiting
 *   worker may have stored beside it, whose scripts this worker would not know).
 * - Hashed `/_astro/` files are CacheFirst at run time too: a page fetched from the network by an
 *   older worker loads scripts that worker never precached; keeping them makes that page work
 *   offline later. A hashed name never changes content, so a copy from any cache will do.
 * - Pagefind asks for `pagefind-entry.json?ts=…` to dodge HTTP caches; the precache ignores `ts`.
 *
 * The functions below are copied into sw.js as source text: they may use nothing from this module.
 */

/** The service worker's file name in the built site. */
export const SW_FILE = 'sw.js';

/** Pagefind's ready-made UI bundles; precached only if a page actually loads one. */
const PAGEFIND_UI_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-highlight.js',
];

/** Options for `generateSW` over the finished site in `root`; `onManifest` sees the summary. */
export async function serviceWorkerOptions(
	root: string,
	onManifest: (manifest: OfflineManifest) => void
): Promise<GenerateSWOptions> {
	// Filled in by the manifest transform, before Workbox writes the plugin below into sw.js.
	const pageKeys: Record<string, string> = {};
	const writeOfflineManifest: ManifestTransform = async (entries) => {
		for (const entry of entries) {
			if (entry.url.endsWith('.html') && entry.revision)
				pageKeys[`/${entry.url}`] = `/${entry.url}?__WB_REVISION__=${entry.revision}`;
		}
		const manifest = summarizePrecache(entries);
		const json = JSON.stringify(manifest);
		await writeFile(path.join(root, OFFLINE_MANIFEST_URL), json);
		onManifest(manifest);
		const revision = createHash('md5').update(json).digest('hex');
		const url = OFFLINE_MANIFEST_URL.slice(1);
		return {
			manifest: [...entries, { url, revision, size: Buffer.byteLength(json) }],
			warnings: [],
		};
	};

	return {
		globDirectory: root,
		swDest: path.join(root, SW_FILE),
		// search-data.json is what the search box fetches for paste matching and typo correction.
		globPatterns: ['**/*.{html,css,js,svg}', 'search-data.json', 'pagefind/**/*'],
		globIgnores: [
			SW_FILE,
			OFFLINE_MANIFEST_URL.slice(1),
			...(await unusedPagefindFiles(root)).map((file) => `pagefind/${file}`),
		],
		manifestTransforms: [writeOfflineManifest],
		ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
		// Navigations go to the NetworkFirst route below, not straight to the precache.
		directoryIndex: null,
		cacheId: 'backup-rescue',
		cleanupOutdatedCaches: true,
		// The first visit's page is controlled at once, so its search works offline too. Safe: no
		// older worker's page can be open when the first worker activates.
		clientsClaim: true,
		skipWaiting: false,
		// Everything in one file: no request for Workbox's runtime, from a CDN or anywhere.
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		babelPresetEnvTargets: ['safari >= 15', 'chrome >= 100', 'firefox >= 100'],
		runtimeCaching: [
			{
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkFirst',
				options: {
					cacheName: 'backup-rescue-pages',
					networkTimeoutSeconds: 4,
					plugins: [
						{
							// Pages are stored only in the precache, so one build's pages go together.
							cacheWillUpdate: async () => null,
							cachedResponseWillBeUsed: bindSource(precachedPage, pageKeys),
						},
					],
				},
			},
			{
				urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
				handler: 'CacheFirst',
				options: {
					cacheName: 'backup-rescue-assets',
					cacheableResponse: { statuses: [200] },
					expiration: { maxEntries: 80 },
					plugins: [
						{
							// Same name, same bytes: a copy in the precache (any build, any revision key) will do.
							cachedResponseWillBeUsed: async ({ request, cachedResponse }: CacheLookup) =>
								cachedResponse ?? (await caches.match(request, { ignoreSearch: true })) ?? null,
						},
					],
				},
			},
		],
	};
}

/** What Workbox passes to `cachedResponseWillBeUsed`, as far as these callbacks read it. */
interface CacheLookup {
	request: Request;
	cachedResponse?: Response;
}

/**
 * NetworkFirst's answer when the network failed or was too slow: this worker's precached copy of
 * the page, else its 404 page. `this` maps page files to this build's precache keys (see
 * bindSource), so a newer copy stored by a waiting worker is never served by this one.
 */
async function precachedPage(
	this: Record<string, string>,
	{ request, cachedResponse }: CacheLookup
) {
	if (cachedResponse) return cachedResponse;
	const url = new URL(request.url);
	const file = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
	const key = this[file] || this['/404.html'];
	return key ? ((await caches.match(new URL(key, url.origin).href)) ?? null) : null;
}

/** Pagefind files no page needs: UI bundles nothing loads, WebAssembly for unused languages. */
async function unusedPagefindFiles(root: string): Promise<string[]> {
	const code = await builtText(root);
	const unusedUi = PAGEFIND_UI_FILES.filter((file) => !code.includes(file));
	const entry = JSON.parse(
		await readFile(path.join(root, 'pagefind/pagefind-entry.json'), 'utf8')
	) as {
		languages: Record<string, { wasm?: string }>;
	};
	const wasmUsed = new Set(
		Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`)
	);
	const wasmAll = (await readdir(path.join(root, 'pagefind'))).filter((file) =>
		/^wasm\..+\.pagefind$/.test(file)
	);
	return [...unusedUi, ...wasmAll.filter((file) => !wasmUsed.has(file))];
}

/** All built HTML and /_astro/ JavaScript, to look for references in. */
async function builtText(root: string): Promise<string> {
	const entries = await readdir(root, { withFileTypes: true, recursive: true });
	const files = entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.filter(
			(file) =>
				file.endsWith('.html') ||
				(file.endsWith('.js') && file.includes(`${path.sep}_astro${path.sep}`))
		);
	const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
	return texts.join('\n');
}
