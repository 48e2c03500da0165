// @ts-check
/**
 * How far people agree on which page a query should open, from independent second labels
 * (bench/second-labels.json): annotators who saw the pages and the queries, not the set's labels
 * or the ranking. Their agreement with the set's own label is the ceiling a search can be held
 * to, and a result they would all accept is a fairer count of right answers than one label alone.
 */
import { readFileSync } from 'node:fs';

/**
 * One annotator's call on one query.
 * @typedef {{ best: string, acceptable: string[], confidence: 'sure' | 'unsure' }} SecondLabel
 */

/**
 * The second labels, by annotator, then by query id.
 * @typedef {Record<string, Record<string, SecondLabel>>} SecondLabels
 */

/** Where the second labels are kept. */
export const SECOND_LABELS_FILE = 'bench/second-labels.json';

/** @returns {SecondLabels} */
export function readSecondLabels(file = SECOND_LABELS_FILE) {
	return /** @type {{ annotators: SecondLabels }} */ (JSON.parse(readFileSync(file, 'utf8')))
		.annotators;
}

/**
 * Whether an annotator would accept a page first: their best page or one they listed as fine.
 * @param {SecondLabel} label @param {string | undefined} slug
 */
function accepts(label, slug) {
	return slug !== undefined && (label.best === slug || label.acceptable.includes(slug));
}

/**
 * The agreement figures over the queries every annotator labelled: how often each annotator's
 * first page is the set's, how often two annotators pick the same first page, and how often
 * our first result is one every annotator would accept. Undefined when no query was labelled.
 * @param {{ q: { id?: string, expected: string }, slugs: string[] }[]} outcomes
 * @param {SecondLabels} labels
 */
export function agreement(outcomes, labels) {
	const names = Object.keys(labels).sort();
	const labelled = outcomes.flatMap((o) => {
		const calls = names.map((name) => (o.q.id ? labels[name]?.[o.q.id] : undefined));
		return calls.every((call) => call !== undefined)
			? [{ ...o, calls: /** @type {SecondLabel[]} */ (calls) }]
			: [];
	});
	if (labelled.length === 0 || names.length === 0) return undefined;
	const share = (/** @type {(o: (typeof labelled)[number]) => boolean} */ test) =>
		labelled.filter(test).length / labelled.length;
	return {
		queries: labelled.length,
		/** Per annotator: their first page is the set's expected page. */
		withSet: names.map((name, index) => ({
			name,
			share: share((o) => o.calls[index]?.best === o.q.expected),
		})),
		/** Every annotator names the same first page. */
		withEachOther: share((o) => o.calls.every((call) => call.best === o.calls[0]?.best)),
		/** Our first result is one every annotator would accept first. */
		oursAcceptedByAll: share((o) => o.calls.every((call) => accepts(call, o.slugs[0]))),
	};
}

/**
 * The agreement as lines for the bench's report, or none when nothing was labelled.
 * @param {Parameters<typeof agreement>[0]} outcomes @param {SecondLabels} labels
 */
export function agreementLines(outcomes, labels) {
	const found = agreement(outcomes, labels);
	if (!found) return [];
	const percent = (/** @type {number} */ value) => `${(value * 100).toFixed(1)}%`;
	const each = found.withSet.map(({ name, share }) => `${name} ${percent(share)}`).join(', ');
	return [
		`Second labels (${SECOND_LABELS_FILE}, ${found.queries} queries): each annotator's first page is the set's: ${each}; the annotators pick the same first page: ${percent(found.withEachOther)}.`,
		`Our first result is one every annotator would accept first: ${percent(found.oursAcceptedByAll)}.`,
	];
}
