import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersForPath, parseHeadersFile, type HeadersRule } from '../src/lib/headers-file';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** A static server whose folder can be swapped while it runs: a "deploy" in one line. */
export interface FolderServer {
	/** The origin, e.g. http://127.0.0.1:40123 */
	origin: string;
	/** Serve another folder from now on. */
	deploy(folder: string): Promise<void>;
	close(): Promise<void>;
}

/** How the server behaves beyond plain files. */
export interface ServeOptions {
	/**
	 * Apply the folder's `_headers` file the way Netlify and Cloudflare Pages do (every matching
	 * rule, repeated headers joined), and don't serve the file itself.
	 */
	applyHeaders?: boolean;
}

/**
 * Serve a built site the way static hosts do (`/x/` is `/x/index.html`, `/x` redirects to `/x/`,
 * unknown paths get `404.html` with status 404), on 127.0.0.1 and a free port: a secure context for service
 * workers, and an origin of its own, so its worker never meets the preview server's.
 */
export async function serveFolder(
	folder: string,
	options: ServeOptions = {}
): Promise<FolderServer> {
	let root = path.resolve(folder);
	let rules = await headerRules(root, options);
	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
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
			// Like the README's rule for HTML: always revalidate, so a deploy shows at once.
			'Cache-Control': 'no-cache',
			// The host's own rules override its defaults, as on Netlify and Cloudflare Pages.
			...headersForPath(rules, pathname),
		});
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		async deploy(next) {
			const nextRoot = path.resolve(next);
			rules = await headerRules(nextRoot, options);
			root = nextRoot;
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

async function headerRules(root: string, options: ServeOptions): Promise<HeadersRule[]> {
	if (!options.applyHeaders) return [];
	return parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf8'));
}
