// @ts-check
/**
 * Builds the site once with Astro's JavaScript API, for the scale benchmark; run as its own process
 * (with DOCS_CONTENT_DIR set) so every size starts cold and its memory is returned afterwards.
 * Usage: node build-site.mjs <outDir> <cacheDir>
 * The cache folder is the benchmark's own: the default (node_modules/.astro) is shared by every
 * checkout on this machine, and a cold content cache is what a fresh CI build sees anyway.
 */
import { readFileSync } from 'node:fs';
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir || !process.env.DOCS_CONTENT_DIR) {
	console.error('Usage: DOCS_CONTENT_DIR=<dir> node build-site.mjs <outDir> <cacheDir>');
	process.exit(2);
}
await build({ outDir, cacheDir, logLevel: 'info' });

// CPU time, user + system: the machine is shared, so wall time alone says little about the build.
// Child processes (Pagefind's binary) count once they have exited; Linux reports them in /proc.
const own = process.cpuUsage();
const ownMs = (own.user + own.system) / 1000;
let childMs = 0;
try {
	// After the command name: children's user and system time are the 14th and 15th fields, in clock
	// ticks (100 a second on Linux).
	const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
	childMs = (Number(fields[13]) + Number(fields[14])) * 10;
} catch {
	// Not Linux: this process alone.
}
console.info(
	`Build CPU time: ${Math.round(ownMs + childMs)} ms (user + system: this process ${Math.round(ownMs)} ms, child processes ${Math.round(childMs)} ms)`
);
