// @ts-check
/**
 * The query sets bench:search runs: the public set (bench/search-queries.json, written with the
 * ranking in view) and the reader-phrasing corpus (bench/reader-queries.json), of which one half
 * of the committed split (bench/reader-queries-split.json) is chosen, the test half by default.
 */
import { readFileSync } from 'node:fs';

/**
 * One benchmark query.
 * @typedef {{ id?: string, query: string, expected: string, also?: string[], kind: string, source?: string }} BenchQuery
 */

/** The reader corpus's kinds, in the order the tables print them. */
export const READER_KINDS = ['message', 'paste', 'long', 'paraphrase', 'typo'];

/** The public set's kinds, in the order the tables print them. */
export const PUBLIC_KINDS = ['exact', 'paraphrase', 'typo'];

/** @returns {BenchQuery[]} */
export function publicQueries() {
	return JSON.parse(readFileSync('bench/search-queries.json', 'utf8'));
}

/**
 * Every query of a file in the reader corpus's format (`{ queries: [...] }`), such as a held-out
 * set gathered by someone who never saw the ranking.
 * @param {string} file
 * @returns {BenchQuery[]}
 */
export function queriesIn(file) {
	return /** @type {{ queries: BenchQuery[] }} */ (JSON.parse(readFileSync(file, 'utf8'))).queries;
}

/**
 * The reader corpus's queries in one half of the split, or all of them.
 * @param {'test' | 'tuning' | 'all'} half
 * @returns {BenchQuery[]}
 */
export function readerQueries(half) {
	const queries = queriesIn('bench/reader-queries.json');
	if (half === 'all') return queries;
	/** @type {{ tuning: string[], test: string[] }} */
	const split = JSON.parse(readFileSync('bench/reader-queries-split.json', 'utf8'));
	const ids = new Set(split[half]);
	return queries.filter((q) => q.id && ids.has(q.id));
}

/**
 * Whether a result list answers the query within its first `n`: the expected page, or (within
 * the top three) one of its acceptable alternates.
 * @param {BenchQuery} q
 * @param {readonly string[]} slugs
 * @param {number} n
 */
export function answered(q, slugs, n) {
	const top = slugs.slice(0, n);
	if (top.includes(q.expected)) return true;
	return n >= 3 && (q.also ?? []).some((slug) => top.includes(slug));
}
