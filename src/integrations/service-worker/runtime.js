// @ts-check
/**
 * The service worker itself: what runs in the reader's browser as `/sw.js`.
 *
 * It imports nothing, on purpose: the build writes this one function into sw.js as its source
 * text (`String(serviceWorker)`), bound to this build's `WorkerConfig` as JSON. Nothing is bundled
 * on each build (Workbox's generateSW spent over a second bundling its runtime every time), and the
 * worker needs no second request. It is JavaScript with its types in JSDoc, not TypeScript, because
 * its source text is what ships: Node loads astro.config.mjs and this file without a compiler, and
 * stripped types would leave blanks in sw.js. Any value from outside the function is not allowed.
 *
 * One rule: a worker serves only its own build. Every precached file is stored under a key with
 * its revision (`?__WB_REVISION__=`, the key and cache names Workbox used, so a reader's stored
 * copy carries over), and every request for a precached file, pages included, is answered from
 * this worker's revision of it, not a newer copy a waiting worker may have stored beside it. So a
 * tab open across a deploy never gets the new HTML with the old search data, or the other way
 * round. The network answers only what this build doesn't have. A new build means a new worker,
 * which installs in the background and takes over once no tab uses the old one, or at once when
 * the reader accepts "A newer version is ready" (the page posts SKIP_WAITING; every open tab
 * reloads when its controller changes: components/offline/register-worker.ts).
 *
 * - Every URL form of a page opens offline as online: `/x` redirects to `/x/`, like static hosts.
 * - Query parameters in `ignoreParams` (Pagefind's cache-busting `ts`, campaign tags) are ignored.
 * - On activation the worker drops other builds' entries from the precache and deletes this
 *   site's other caches (runtime caches of earlier versions, older precache formats).
 */

/**
 * What the build tells the worker.
 * @typedef {object} WorkerConfig
 * @property {string} cacheId Every cache of this site starts with `${cacheId}-`.
 * @property {readonly { url: string; revision: string }[]} precache Every precached file: its site
 *   path ("fixes/a/index.html") and a hash of its content.
 * @property {readonly string[]} ignoreParams Sources of RegExps for query parameters that don't
 *   change what a URL answers.
 */

/**
 * The parts of a service worker's global scope this worker uses.
 * @typedef {object} WorkerScope
 * @property {{ scope: string }} registration
 * @property {{ claim(): Promise<void> }} clients
 * @property {() => Promise<void>} skipWaiting
 * @property {WorkerListen} addEventListener
 */

/**
 * @typedef {((type: 'install' | 'activate', listener: (event: LifecycleEvent) => void) => void) &
 *   ((type: 'fetch', listener: (event: FetchEvent) => void) => void) &
 *   ((type: 'message', listener: (event: MessageEvent) => void) => void)} WorkerListen
 */

/** @typedef {{ waitUntil(promise: Promise<unknown>): void }} LifecycleEvent */

/** @typedef {{ request: Request; respondWith(response: Promise<Response>): void }} FetchEvent */

/**
 * The worker: install, activate, messages and fetches. Runs with `this` set to the build's config.
 * @this {WorkerConfig}
 */
export function serviceWorker() {
	const worker = /** @type {WorkerScope} */ (/** @type {unknown} */ (self));
	const { cacheId, precache, ignoreParams } = this;
	const { scope } = worker.registration;
	const cacheName = `${cacheId}-precache-v2-${scope}`;
	const ignored = ignoreParams.map((source) => new RegExp(source));
	// Absolute URL of each precached file → its key in the cache.
	/** @type {Map<string, string>} */
	const keys = new Map();
	for (const { url, revision } of precache) {
		const address = new URL(url, scope);
		const key = new URL(address.href);
		key.searchParams.set('__WB_REVISION__', revision);
		keys.set(address.href, key.href);
	}

	/** Store every file of this build not stored yet; any failure fails the install. */
	const install = async () => {
		const cache = await caches.open(cacheName);
		const stored = new Set((await cache.keys()).map((request) => request.url));
		const missing = [...keys].filter(([, key]) => !stored.has(key));
		let taken = 0;
		/** @returns {Promise<void>} */
		const next = async () => {
			const item = missing[taken++];
			if (!item) return;
			const [url, key] = item;
			let response = await fetch(new Request(url, { cache: 'reload', credentials: 'same-origin' }));
			if (response.status >= 400) throw new Error(`Could not store ${url}: ${response.status}`);
			// A redirected response can't answer a navigation: store a plain copy.
			if (response.redirected)
				response = new Response(await response.blob(), {
					status: response.status,
					statusText: response.statusText,
					headers: response.headers,
				});
			await cache.put(key, response);
			return next();
		};
		// A few downloads at a time, as a browser loads a page's files.
		await Promise.all(Array.from({ length: 6 }, next));
	};

	/** Drop what other builds stored, then control every open page of this site. */
	const activate = async () => {
		const cache = await caches.open(cacheName);
		const current = new Set(keys.values());
		for (const request of await cache.keys())
			if (!current.has(request.url)) await cache.delete(request);
		const names = await caches.keys();
		await Promise.all(
			names
				.filter(
					(name) =>
						name !== cacheName &&
						((name.includes('-precache-') && name.includes(scope)) ||
							(name.startsWith(`${cacheId}-`) && !name.startsWith(`${cacheId}-precache-`)))
				)
				.map((name) => caches.delete(name))
		);
		// The first visit's page is controlled at once, so its search works offline too.
		await worker.clients.claim();
	};

	/**
	 * The cache key of a precached file this URL asks for, if any (ignored parameters dropped).
	 * @param {URL} url
	 * @returns {string | undefined}
	 */
	const precachedKey = (url) => {
		const address = new URL(url.href);
		address.hash = '';
		const exact = keys.get(address.href);
		if (exact) return exact;
		for (const name of [...address.searchParams.keys()])
			if (ignored.some((pattern) => pattern.test(name))) address.searchParams.delete(name);
		const plain = keys.get(address.href);
		if (plain) return plain;
		address.pathname += '.html';
		return keys.get(address.href);
	};

	/** @param {string} key */
	const fromPrecache = async (key) => (await caches.open(cacheName)).match(key);

	/**
	 * A page navigation this build has no file for as such: `/x` for a page `/x/` redirects there,
	 * `/x/` is answered with `/x/index.html`, else the network, else the 404 page with status 404.
	 * @param {Request} request
	 * @param {URL} url
	 * @returns {Promise<Response>}
	 */
	const navigate = async (request, url) => {
		const { pathname, origin } = url;
		/** @param {string} file */
		const keyOf = (file) => keys.get(new URL(file, origin).href);
		if (!pathname.endsWith('/') && !keyOf(pathname) && keyOf(`${pathname}/index.html`))
			return Response.redirect(`${origin}${pathname}/${url.search}`, 301);
		/** @param {string} file */
		const saved = async (file) => {
			const key = keyOf(file);
			return key ? fromPrecache(key) : undefined;
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
	};

	worker.addEventListener('install', (event) => event.waitUntil(install()));
	worker.addEventListener('activate', (event) => event.waitUntil(activate()));
	// "A newer version is ready" → Reload: the waiting worker takes over at once.
	worker.addEventListener('message', (event) => {
		if (/** @type {{ type?: string } | null} */ (event.data)?.type === 'SKIP_WAITING')
			void worker.skipWaiting();
	});
	worker.addEventListener('fetch', (event) => {
		const { request } = event;
		if (request.method !== 'GET') return;
		const url = new URL(request.url);
		if (!url.protocol.startsWith('http')) return;
		const key = precachedKey(url);
		if (key) event.respondWith(fromPrecache(key).then((saved) => saved ?? fetch(request)));
		else if (request.mode === 'navigate') event.respondWith(navigate(request, url));
	});
}
