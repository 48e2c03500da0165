// @ts-check
/**
 * Starts `astro preview` of the built site on a port of its own for a benchmark, beside any
 * other preview (`--ignore-lock`), and stops it again.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * @param {number} port
 * @returns {Promise<{ base: string, stop: () => void }>}
 */
export async function startPreview(port) {
	const base = `http://127.0.0.1:${port}`;
	const args = [
		'run',
		'preview',
		'--',
		'--port',
		String(port),
		'--host',
		'127.0.0.1',
		'--ignore-lock',
	];
	const server = spawn('npm', args, { stdio: 'ignore', detached: true });
	const stop = () => {
		try {
			if (server.pid) process.kill(-server.pid);
		} catch {
			// Already gone.
		}
	};
	for (let attempt = 0; attempt < 60; attempt++) {
		try {
			if ((await fetch(base)).ok) return { base, stop };
		} catch {
			// Not up yet.
		}
		await sleep(500);
	}
	stop();
	throw new Error(`The preview server did not start at ${base}`);
}
