import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const configUrl = new URL('../../astro.config.mjs', import.meta.url);

// Astro imports the config with Node first and, if that throws, quietly starts a Vite server to
// load it instead: half a second more on every build, and no error to say so.
test('Node loads astro.config.mjs and everything it imports without Vite', async () => {
	const script = `const { default: config } = await import(${JSON.stringify(configUrl.href)});
process.stdout.write(JSON.stringify(config.integrations.map((integration) => integration.name)));`;
	const { stdout } = await promisify(execFile)(
		process.execPath,
		['--input-type=module', '--eval', script],
		{ cwd: fileURLToPath(new URL('.', configUrl)) }
	);
	expect(JSON.parse(stdout)).toContain('backup-rescue:service-worker');
	// A fresh Node process importing every integration: seconds of wall clock on a busy two-core
	// machine, though about one of CPU. The test asserts that it loads, not how fast.
}, 30_000);
