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
 *   site's other caches (runtime caches of earlier versions, older precache formats), and notes
 *   its own entries in the cache (`ACTIVE_KEYS`). A worker that has installed deletes what
 *   neither it nor the active worker needs, so a tab left open across many deploys keeps at most
 *   two builds in the cache, not one per deploy.
 * - A failed update is noticed. On each navigation the worker reads the
 *   deployed offline manifest's build id; when it is another build and no newer worker waits,
 *   it follows the install under way or asks for an update itself, and if that fails (a file
 *   that answers 500, a full quota, sw.js gone) it stops holding the reader on its build: new
 *   navigations come from the network, and so does everything a page it fetched that way asks
 *   for, with this build's copy only when the network fails. Tabs it served from its own copy
 *   keep it, and are told (`OUTDATED`), so they can offer a reload
 *   (components/offline/update-notice.ts). That decision is kept in the cache (`STATE`), so a
 *   worker the browser stopped and started again keeps to it.
 * - Upgrading from a worker older than this runtime (Workbox's, or the first hand-written one):
 *   the first Workbox worker served new pages from the network against its own old search data,
 *   and none of them noted its keys (`ACTIVE_KEYS`). When the active worker left no note, this
 *   worker takes over as soon as it is installed and reloads every tab into its own build (those
 *   pages had no code to reload themselves). Their runtime caches were no sign to go by: Workbox
 *   created them only for a file outside its precache.
 */

/**
 * What the build tells the worker.
 * @typedef {object} WorkerConfig
 * @property {string} cacheId Every cache of this site starts with `${cacheId}-`.
 * @property {string} build This build's id, as the offline manifest gives it.
 * @property {string} manifest The offline manifest's path, e.g. `/offline-manifest.json`.
 * @property {readonly { url: string; revision: string }[]} precache Every precached file: its site
 *   path ("fixes/a/index.html") and a hash of its content.
 * @property {readonly string[]} ignoreParams Sources of RegExps for query parameters that don't
 *   change what a URL answers.
 */

/**
 * The parts of a service worker's global scope this worker uses.
 * @typedef {object} WorkerScope
 * @property {Registration} registration
 * @property {WorkerClients} clients
 * @property {() => Promise<void>} skipWaiting
 * @property {WorkerListen} addEventListener
 */

/**
 * @typedef {{ state: string; addEventListener(type: 'statechange', listener: () => void): void }}
 *   OtherWorker
 */

/**
 * @typedef {object} Registration
 * @property {string} scope
 * @property {OtherWorker | null} installing
 * @property {OtherWorker | null} waiting
 * @property {OtherWorker | null} active
 * @property {() => Promise<unknown>} update
 */

/**
 * @typedef {{ id: string; url: string; postMessage(message: unknown): void;
 *   navigate?(url: string): Promise<unknown> }} WindowClient
 */

/**
 * @typedef {object} WorkerClients
 * @property {() => Promise<void>} claim
 * @property {(options: { type: 'window' }) => Promise<WindowClient[]>} matchAll
 */

/**
 * @typedef {((type: 'install' | 'activate', listener: (event: LifecycleEvent) => void) => void) &
 *   ((type: 'fetch', listener: (event: FetchEvent) => void) => void) &
 *   ((type: 'message', listener: (event: WorkerMessage) => void) => void)} WorkerListen
 */

/** @typedef {{ waitUntil(promise: Promise<unknown>): void }} LifecycleEvent */

/**
 * @typedef {{ request: Request; clientId: string; resultingClientId: string;
 *   respondWith(response: Promise<Response>): void; waitUntil(promise: Promise<unknown>): void }}
 *   FetchEvent
 */

/**
 * @typedef {{ data: unknown; source: { id?: string; postMessage(message: unknown): void } | null }}
 *   WorkerMessage
 */

/**
 * The worker: install, activate, messages and fetches. Runs with `this` set to the build's config.
 * @this {WorkerConfig}
 */
export function serviceWorker() {
	const worker = /** @type {WorkerScope} */ (/** @type {unknown} */ (self));
	const { cacheId, precache, ignoreParams, build, manifest } = this;
	const { registration } = worker;
	const { scope } = registration;
	const cacheName = `${cacheId}-precache-v2-${scope}`;
	// Entries of the cache that are not files: the active worker's key list, and what this worker
	// decided about a failed update.
	const ACTIVE_KEYS = new URL('__backup-rescue-active-keys__', scope).href;
	const STATE = new URL(`__backup-rescue-state__?build=${build}`, scope).href;
	// Set at install when the active worker is older than this runtime; read once at activation.
	const UPGRADE = new URL('__backup-rescue-upgrade__', scope).href;
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
		await dropReplacedBuilds(cache);
		// Noted in the cache, not in memory: the browser may stop this worker before it activates.
		if (registration.active && !(await cache.match(ACTIVE_KEYS))) {
			await cache.put(UPGRADE, new Response(''));
			await worker.skipWaiting();
		}
	};

	/**
	 * Installed: delete what neither this build nor the active worker's needs (a worker that was
	 * waiting and has just been replaced by this one). Only when the active worker said what it
	 * needs; older workers did not, and their leftovers go when this one activates.
	 * @param {Cache} cache
	 */
	const dropReplacedBuilds = async (cache) => {
		const note = await cache.match(ACTIVE_KEYS);
		if (!note) return;
		const needed = new Set([...keys.values(), ACTIVE_KEYS, ...(await note.json())]);
		for (const request of await cache.keys())
			if (!needed.has(request.url) && !request.url.startsWith(STATE.split('?')[0] ?? ''))
				await cache.delete(request);
	};

	/** Drop what other builds stored, then control every open page of this site. */
	const activate = async () => {
		const cache = await caches.open(cacheName);
		const mixed = Boolean(await cache.match(UPGRADE));
		const current = new Set(keys.values());
		for (const request of await cache.keys())
			if (!current.has(request.url)) await cache.delete(request);
		await cache.put(ACTIVE_KEYS, new Response(JSON.stringify([...current])));
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
		// Pages an older worker served may be of any build: each is loaded again, whole. Not
		// awaited: those loads come to this worker, which answers nothing until it has activated.
		if (mixed)
			for (const client of await worker.clients.matchAll({ type: 'window' }))
				void client.navigate?.(client.url).catch(() => undefined);
	};

	// Pages this worker answered from its own copy, and from the network; it forgets both when the
	// browser stops it, and then goes by whether it has given way to a newer build (`STATE`).
	/** @type {Set<string>} */
	const ownCopy = new Set();
	/** @type {Set<string>} */
	const fromNetwork = new Set();
	/** @type {boolean | undefined} */
	let gaveWay;
	/** @type {Promise<void> | undefined} */
	let checking;

	/** Whether this worker has given way to a deployed build it could not be replaced by. */
	const givenWay = async () => {
		gaveWay ??= Boolean(await (await caches.open(cacheName)).match(STATE));
		// A newer worker installed after all: the usual "A newer version is ready" applies.
		return gaveWay && !registration.waiting && !registration.installing;
	};

	/** Compare the deployed build with this one; on a failed update, give way to the network. */
	const checkDeployed = () => {
		// Navigations in a burst (a redirect, a quick Back) share one look.
		if (checking) return checking;
		checking = (async () => {
			const response = await fetch(new URL(`${manifest}?build-check`, scope), {
				cache: 'no-store',
			});
			// Server errors say nothing about the deployed build; a missing manifest does.
			if (!response.ok && response.status !== 404) return;
			const deployed = response.ok
				? /** @type {{ build?: unknown }} */ (await response.json()).build
				: undefined;
			const cache = await caches.open(cacheName);
			if (deployed === build) {
				gaveWay = false;
				await cache.delete(STATE);
				return;
			}
			if (registration.waiting || gaveWay) return;
			// The browser may be trying already (it checks on navigations): see how that ends.
			const { installing } = registration;
			if (!(await (installing ? fails(installing) : updateFails()))) return;
			if (registration.waiting) return;
			gaveWay = true;
			await cache.put(STATE, new Response(String(deployed)));
			for (const client of await worker.clients.matchAll({ type: 'window' }))
				if (!fromNetwork.has(client.id)) client.postMessage({ type: 'OUTDATED' });
		})()
			.catch(() => undefined)
			.finally(() => (checking = undefined));
		return checking;
	};

	/** Ask for the deployed worker; true when it cannot be had (no sw.js, or its install failed). */
	const updateFails = async () => {
		try {
			await registration.update();
		} catch {
			return true;
		}
		const next = registration.installing;
		return next ? fails(next) : !registration.waiting;
	};

	/**
	 * Whether an installing worker fails (becomes redundant) rather than installs.
	 * @param {OtherWorker} next
	 * @returns {Promise<boolean>}
	 */
	const fails = (next) =>
		new Promise((resolve) => {
			const settle = () => {
				if (next.state === 'redundant') resolve(true);
				else if (next.state !== 'installing') resolve(false);
			};
			next.addEventListener('statechange', settle);
			settle();
		});

	/**
	 * The network's answer, else this build's copy (offline), else the network's error.
	 * @param {Request} request
	 * @param {() => Promise<Response | undefined>} saved
	 */
	const networkFirst = async (request, saved) => {
		try {
			return await fetch(request);
		} catch (error) {
			const copy = await saved();
			if (!copy) throw error;
			return copy;
		}
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
	worker.addEventListener('message', (event) => {
		const type = /** @type {{ type?: string } | null} */ (event.data)?.type;
		// "A newer version is ready" → Reload: the waiting worker takes over at once.
		if (type === 'SKIP_WAITING') void worker.skipWaiting();
		// A page asks whether a newer build is online that it should offer to reload into.
		if (type === 'STATUS') {
			const { source } = event;
			void givenWay().then((outdated) =>
				source?.postMessage({
					type: outdated && !fromNetwork.has(source.id ?? '') ? 'OUTDATED' : 'CURRENT',
				})
			);
		}
	});
	worker.addEventListener('fetch', (event) => {
		const { request } = event;
		if (request.method !== 'GET') return;
		const url = new URL(request.url);
		if (!url.protocol.startsWith('http')) return;
		const key = precachedKey(url);
		if (request.mode === 'navigate') {
			event.waitUntil(Promise.resolve(checkDeployed()));
			event.respondWith(
				givenWay().then(async (outdated) => {
					const client = event.resultingClientId;
					const saved = async () => {
						const copy = key ? await fromPrecache(key) : undefined;
						return copy ?? (await navigate(request, url));
					};
					if (!outdated) {
						ownCopy.add(client);
						return saved();
					}
					fromNetwork.add(client);
					return networkFirst(request, saved);
				})
			);
			return;
		}
		if (!key) return;
		const own = () => fromPrecache(key);
		event.respondWith(
			(async () => {
				// A page fetched from the network gets the network's files, to stay one build.
				const network =
					fromNetwork.has(event.clientId) || (!ownCopy.has(event.clientId) && (await givenWay()));
				if (network) return networkFirst(request, own);
				return (await own()) ?? fetch(request);
			})()
		);
	});
}
