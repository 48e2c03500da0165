// @ts-check
/**
 * Servers for tests and benchmarks: `astro preview` of the built site on a port of its own (beside
 * any other preview, `--ignore-lock`), and the wait until a server answers.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolve once `url` answers with a 2xx status; reject after `attempts` tries `intervalMs` apart.
 * @param {string} url
 * @param {{ attempts?: number, intervalMs?: number, what?: string }} [options]
 */
export async function waitUntilReady(url, { attempts = 60, intervalMs = 500, what = url } = {}) {
	for (let attempt = 0; attempt < attempts; attempt++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not listening yet.
		}
		await sleep(intervalMs);
	}
	throw new Error(`${what} did not start`);
}

/**
 * Whether something already answers HTTP on this port of 127.0.0.1.
 * @param {number} port
 */
export function portAnswers(port) {
	return fetch(`http://127.0.0.1:${port}/`).then(
		() => true,
		() => false
	);
}

/**
 * Start `astro preview` of dist/ on `port` and wait until it answers; `stop` ends it (and npm's
 * children with it: it runs in a process group of its own).
 * @param {number} port
 * @returns {Promise<{ base: string, stop: () => void }>}
 */
export async function startPreview(port) {
	const base = `http://127.0.0.1:${port}`;
	const args = ['run', 'preview', '--', '--port', String(port), '--host', '127.0.0.1'];
	const server = spawn('npm', [...args, '--ignore-lock'], { stdio: 'ignore', detached: true });
	const stop = () => {
		try {
			if (server.pid) process.kill(-server.pid);
		} catch {
			// Already gone.
		}
	};
	try {
		await waitUntilReady(base, { what: `The preview server at ${base}` });
	} catch (error) {
		stop();
		throw error;
	}
	return { base, stop };
}
