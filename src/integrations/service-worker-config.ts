import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GenerateSWOptions, ManifestTransform } from 'workbox-build';
import { bindSource } from './bind-source';
import { unreferencedAssets } from './unreferenced-assets';
import { summarizePrecache, type OfflineManifest } from '../lib/offline-manifest';
import { OFFLINE_MANIFEST_URL, SERVICE_WORKER_URL } from '../lib/offline-paths';

/**
 * What the service worker stores and how it answers, as Workbox `generateSW` options.
 *
 * One rule: a worker serves only its own build. Every page, stylesheet and script a page loads,
 * the search data and the search index are precached with content hashes, and pages too are
 * answered from this worker's precache first (exactly its revisions, not a newer copy a waiting
 * worker may have stored beside them), so a tab that was open across a deploy never gets the new
 * HTML with the old search data, or the other way round. The network answers only what this build
 * doesn't have. A new build means a new worker, which installs in the background and takes over
 * once no tab uses the old one (no skipWaiting), or at once when the reader accepts "A newer
 * version is ready" (the page posts SKIP_WAITING, which generateSW's worker listens for, and every
 * open tab reloads when its controller changes: components/offline/register-worker.ts).
 *
 * - Every URL form of a page opens offline as online: `/x` redirects to `/x/`, like static hosts.
 * - Pagefind asks for `pagefind-entry.json?ts=…` to dodge HTTP caches; the precache ignores `ts`.
 * - Files no page loads (found by following references from the built HTML) are not stored.
 * - On activation, the worker deletes this site's caches other than the precache (runtime caches
 *   of earlier versions); Workbox drops the old build's precache entries at the same moment.
 *
 * The functions below are copied into sw.js as source text: they may use nothing from this module.
 */

/** The service worker's file in the built site. */
export const SW_FILE = SERVICE_WORKER_URL.slice(1);

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
	// Filled in by the manifest transform, before Workbox writes the navigation handler into sw.js.
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
		// search-data.json is what the search box fetches for paste matching and typo correction;
		// checklists.json is what moving progress between devices reads, offline too.
		globPatterns: [
			'**/*.{html,css,js,svg}',
			'search-data.json',
			'checklists.json',
			'pagefind/**/*',
		],
		globIgnores: [
			SW_FILE,
			OFFLINE_MANIFEST_URL.slice(1),
			...(await unusedPagefindFiles(root)).map((file) => `pagefind/${file}`),
			...(await unreferencedAssets(root)),
		],
		manifestTransforms: [writeOfflineManifest],
		ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
		// Navigations go to the route below, which knows every URL form of a page.
		directoryIndex: null,
		cacheId: 'backup-rescue',
		cleanupOutdatedCaches: true,
		// The first visit's page is controlled at once, so its search works offline too. A later
		// worker activates while pages are open only on the reader's Reload, and those pages reload.
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
				handler: bindSource(navigate, pageKeys),
			},
		],
	};
}

/** What Workbox passes a route handler, as far as `navigate` reads it. */
interface RouteContext {
	request: Request;
	url: URL;
}

/**
 * A page navigation: this worker's precached copy of the page (its own revision: `this` maps page
 * files to this build's precache keys, see bindSource), else the network, else its 404 page with
 * status 404. `/x` for a page `/x/` redirects there first, as static hosts do.
 */
async function navigate(this: Record<string, string>, { request, url }: RouteContext) {
	const { pathname, origin } = url;
	if (!pathname.endsWith('/') && !this[pathname] && this[`${pathname}/index.html`])
		return Response.redirect(`${origin}${pathname}/${url.search}`, 301);
	const saved = async (file: string) => {
		const key = this[file];
		return key ? caches.match(new URL(key, origin).href) : undefined;
	};
	const page = await saved(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
	if (page) return page;
	try {
		return await fetch(request);
	} catch (error) {
		const notFound = await saved('/404.html');
		if (!notFound) throw error;
		return new Response(notFound.body, { status: 404, headers: notFound.headers });
	}
}

/**
 * Added to sw.js after Workbox's code: on activation, delete this site's caches other than the
 * precache (Workbox prunes that itself), such as the runtime caches earlier versions kept.
 */
export function deleteOtherCaches(this: { prefix: string; keep: string }) {
	const { prefix, keep } = this;
	self.addEventListener('activate', (event) => {
		const done = caches
			.keys()
			.then((names) =>
				Promise.all(
					names
						.filter((name) => name.startsWith(prefix) && !name.startsWith(keep))
						.map((name) => caches.delete(name))
				)
			);
		(event as Event & { waitUntil(promise: Promise<unknown>): void }).waitUntil(done);
	});
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
