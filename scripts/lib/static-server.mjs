// @ts-check
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { headersForPath, parseHeadersFile } from '../../src/lib/build/headers-file.ts';

/** Content types the built site needs; anything else (Pagefind's index chunks) is opaque bytes. */
const TYPES = /** @type {Record<string, string>} */ ({
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
});

/**
 * A static server whose folder can be swapped while it runs: a "deploy" in one line.
 * @typedef {object} FolderServer
 * @property {string} origin The origin, e.g. http://127.0.0.1:40123
 * @property {(folder: string, options?: DeployOptions) => Promise<void>} deploy Serve another
 *   folder from now on.
 * @property {() => Promise<void>} close Stop serving and drop open connections.
 */

/**
 * A deploy that went partly wrong, as tests make one.
 * @typedef {object} DeployOptions
 * @property {readonly string[]} [broken] Paths that answer 500 Internal Server Error.
 */

/**
 * How the server behaves beyond plain files.
 * @typedef {object} ServeOptions
 * @property {boolean} [applyHeaders] Apply the folder's `_headers` file the way Netlify and
 *   Cloudflare Pages do (every matching rule, repeated headers joined), and don't serve the file.
 * @property {number} [port] The port to listen on; a free one when left out.
 */

/**
 * Serve a built site the way static hosts do (`/x/` is `/x/index.html`, `/x` redirects to `/x/`,
 * unknown paths get `404.html` with status 404), uncompressed (Pagefind's index files are gzip
 * already), on 127.0.0.1: a secure context for service workers, and an origin of its own, so its
 * worker never meets another server's.
 * @param {string} folder
 * @param {ServeOptions} [options]
 * @returns {Promise<FolderServer>}
 */
export async function serveFolder(folder, options = {}) {
	let root = path.resolve(folder);
	let rules = await headerRules(root, options);
	/** @type {Set<string>} */
	let broken = new Set();
	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		if (broken.has(pathname)) {
			response.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal Server Error');
			return;
		}
		const relative = decodeURIComponent(pathname) + (pathname.endsWith('/') ? 'index.html' : '');
		const file = path.join(root, path.normalize(relative));
		const hidden = options.applyHeaders && file === path.join(root, '_headers');
		const inside = !hidden && file.startsWith(root);
		const info = inside ? await stat(file).catch(() => null) : null;
		if (info?.isDirectory() && !pathname.endsWith('/')) {
			// A folder without its slash: static hosts redirect to the folder's address.
			response.writeHead(301, { Location: `${pathname}/` }).end();
			return;
		}
		const found = info?.isFile();
		const body = await readFile(found ? file : path.join(root, '404.html'));
		response.writeHead(found ? 200 : 404, {
			'Content-Type': TYPES[path.extname(found ? file : '.html')] ?? 'application/octet-stream',
			'Content-Length': body.length,
			// Like the README's rule for HTML: always revalidate, so a deploy shows at once.
			'Cache-Control': 'no-cache',
			// The host's own rules override its defaults, as on Netlify and Cloudflare Pages.
			...headersForPath(rules, pathname),
		});
		response.end(body);
	});
	await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve(0)));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('The static server has no port');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		async deploy(next, deployOptions = {}) {
			const nextRoot = path.resolve(next);
			rules = await headerRules(nextRoot, options);
			root = nextRoot;
			broken = new Set(deployOptions.broken);
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/**
 * @param {string} root
 * @param {ServeOptions} options
 */
async function headerRules(root, options) {
	if (!options.applyHeaders) return [];
	return parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf8'));
}
