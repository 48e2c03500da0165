// @ts-check
/**
 * A pass-through proxy in front of `astro preview` that adds one thing: a
 * `<script src="/__webkit-smoke/error-probe.js">` as the first element of every page's <head>,
 * so the suite can see uncaught errors from the first script on (WebDriver classic gives no
 * console log for WebKit). The script is same-origin, so the site's CSP (`script-src 'self'`)
 * allows it unchanged; everything else is forwarded byte for byte.
 */
import { createServer, request as forward } from 'node:http';
import { readFileSync } from 'node:fs';

const PROBE_PATH = '/__webkit-smoke/error-probe.js';
const PROBE_TAG = `<script src="${PROBE_PATH}"></script>`;
const probe = readFileSync(new URL('./error-probe.js', import.meta.url));

/**
 * Serve on `port`, forwarding to `upstream` (an origin such as http://127.0.0.1:4352).
 * @param {number} port
 * @param {string} upstream
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export function startProbeProxy(port, upstream) {
	const target = new URL(upstream);
	const server = createServer((request, response) => {
		if (request.url === PROBE_PATH) {
			response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
			response.end(probe);
			return;
		}
		const headers = { ...request.headers, host: target.host };
		// Plain bytes back, so a page can be edited without decompressing it.
		delete headers['accept-encoding'];
		const upstreamRequest = forward(
			{
				host: target.hostname,
				port: target.port,
				path: request.url,
				method: request.method,
				headers,
			},
			(upstreamResponse) => {
				const type = String(upstreamResponse.headers['content-type'] ?? '');
				if (!type.startsWith('text/html')) {
					response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
					upstreamResponse.pipe(response);
					return;
				}
				/** @type {Buffer[]} */
				const chunks = [];
				upstreamResponse.on('data', (chunk) => chunks.push(chunk));
				upstreamResponse.on('end', () => {
					const html = Buffer.concat(chunks)
						.toString('utf8')
						.replace('<head>', `<head>${PROBE_TAG}`);
					const outgoing = { ...upstreamResponse.headers };
					delete outgoing['content-length'];
					delete outgoing['etag'];
					response.writeHead(upstreamResponse.statusCode ?? 502, outgoing);
					response.end(html);
				});
			}
		);
		upstreamRequest.on('error', () => {
			response.writeHead(502);
			response.end();
		});
		request.pipe(upstreamRequest);
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () =>
			resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() })
		);
	});
}
