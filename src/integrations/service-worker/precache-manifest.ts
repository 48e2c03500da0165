import { createHash } from 'node:crypto';
import type { PrecacheEntryLike } from '../../lib/offline/offline-manifest.ts';
import { OFFLINE_MANIFEST_URL, SERVICE_WORKER_URL } from '../../lib/offline/offline-paths.ts';
import type { BuiltSite } from '../built-site.ts';
import { unreferencedAssets } from './unreferenced-assets.ts';

/** One file the service worker stores: its site path without the leading slash, hash and size. */
export interface PrecacheEntry extends PrecacheEntryLike {
	revision: string;
}

/**
 * What the offline copy holds: every page, stylesheet, script and icon, the search data
 * (search-data.json: paste matching and typo correction), the checklists' facts (checklists.json:
 * moving progress between devices, offline too) and the search index.
 */
const PRECACHED =
	/^(?:[^.][^/]*\/)*[^./][^/]*\.(?:html|css|js|svg)$|^(?:search-data|checklists)\.json$|^pagefind\//;

/** Larger files are left out with a warning, as Workbox did: a phone should not store them. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

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

/**
 * The precache manifest of a built site: which files the worker stores, each with an MD5 of its
 * content as its revision. Files no page loads are left out: `_astro/` files nothing references,
 * Pagefind's UI bundles no page uses and its WebAssembly for languages the index doesn't have.
 */
export async function precacheEntries(
	site: BuiltSite
): Promise<{ entries: PrecacheEntry[]; warnings: string[] }> {
	const skipped = new Set([
		SERVICE_WORKER_URL.slice(1),
		OFFLINE_MANIFEST_URL.slice(1),
		...(await unusedPagefindFiles(site)),
		...(await unreferencedAssets(site)),
	]);
	const entries: PrecacheEntry[] = [];
	const warnings: string[] = [];
	for (const url of site.files) {
		if (!PRECACHED.test(url) || skipped.has(url)) continue;
		const bytes = await site.bytes(url);
		if (bytes.length > MAX_FILE_BYTES) {
			warnings.push(`${url} is ${bytes.length} bytes, too large to store offline; left out.`);
			continue;
		}
		entries.push({ url, revision: md5(bytes), size: bytes.length });
	}
	return { entries, warnings };
}

/** A build's id: a short hash of every precached file and its revision, the same for the same files. */
export function buildId(entries: readonly PrecacheEntry[]): string {
	const list = entries.map(({ url, revision }) => `${url} ${revision}`).sort();
	return md5(list.join('\n')).slice(0, 12);
}

/** The entry for a file the build writes itself (the offline manifest). */
export function precacheEntryFor(url: string, text: string): PrecacheEntry {
	return { url, revision: md5(text), size: Buffer.byteLength(text) };
}

function md5(data: Buffer | string): string {
	return createHash('md5').update(data).digest('hex');
}

/** Pagefind files no page needs: UI bundles nothing loads, WebAssembly for unused languages. */
async function unusedPagefindFiles(site: BuiltSite): Promise<string[]> {
	const code = site.files.filter(
		(file) => file.endsWith('.html') || (file.startsWith('_astro/') && file.endsWith('.js'))
	);
	const texts = await Promise.all(code.map((file) => site.text(file)));
	const unusedUi = PAGEFIND_UI_FILES.filter((file) => !texts.some((text) => text.includes(file)));
	const entry = JSON.parse(await site.text('pagefind/pagefind-entry.json')) as {
		languages: Record<string, { wasm?: string }>;
	};
	const wasmUsed = new Set(
		Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`)
	);
	const wasmAll = site.files
		.filter((file) => /^pagefind\/wasm\..+\.pagefind$/.test(file))
		.map((file) => file.slice('pagefind/'.length));
	return [...unusedUi, ...wasmAll.filter((file) => !wasmUsed.has(file))].map(
		(file) => `pagefind/${file}`
	);
}
