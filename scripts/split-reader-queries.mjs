// @ts-check
/**
 * Splits bench/reader-queries.json once, at random with a fixed seed, into a tuning half and a
 * test half, drawn within each kind so both halves hold every kind; writes
 * bench/reader-queries-split.json. The split is committed and made once: the script refuses to
 * overwrite it, so queries added later go to the test half by hand (see README, How search works).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { seededRandom } from './bench-scale/random.mjs';

const SEED = 20261202;
const OUT = 'bench/reader-queries-split.json';
if (existsSync(OUT)) {
	console.error(`${OUT} exists: the split is made once. Delete it only to start a new corpus.`);
	process.exit(1);
}
/** @type {{ queries: { id: string, kind: string }[] }} */
const corpus = JSON.parse(readFileSync('bench/reader-queries.json', 'utf8'));
const random = seededRandom(SEED);
/** @type {string[]} */
const tuning = [];
/** @type {string[]} */
const test = [];
for (const kind of [...new Set(corpus.queries.map((q) => q.kind))].sort()) {
	const ids = corpus.queries.filter((q) => q.kind === kind).map((q) => q.id);
	const shuffled = random.sample(ids, ids.length);
	const half = Math.floor(shuffled.length / 2);
	tuning.push(...shuffled.slice(0, half));
	test.push(...shuffled.slice(half));
}
const byId = (/** @type {string} */ a, /** @type {string} */ b) => a.localeCompare(b);
writeFileSync(
	OUT,
	`${JSON.stringify({ seed: SEED, tuning: tuning.sort(byId), test: test.sort(byId) }, null, '\t')}\n`
);
console.info(`Wrote ${OUT}: ${tuning.length} tuning, ${test.length} test.`);
