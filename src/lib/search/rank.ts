import { tokenize } from './normalise.ts';
import { contentWords } from './stopwords.ts';

/** The scores one Pagefind search gave, by result id. */
export interface SearchRun {
	/** "all": every term together (Pagefind ANDs them); "term": one term alone. */
	kind: 'all' | 'term';
	/** How many pages this run matched, for weighing rare terms above common ones. */
	results: readonly { id: string; score: number }[];
}

/** How much a page matching every term counts, against the per-term evidence (which sums to 1). */
const ALL_TERMS_WEIGHT = 1.5;

/**
 * Merge several Pagefind searches into one ranking. Plain Pagefind ANDs all words and drops a page
 * that lacks one, so a reader's paraphrase often finds nothing; here each term also runs alone and
 * adds evidence, weighted by rarity (a term on every page says nothing), and pages matching all
 * terms get a bonus. Scores are normalised per run so runs are comparable.
 */
export function mergeRuns(
	runs: readonly SearchRun[],
	totalPages: number
): { id: string; score: number }[] {
	const termRuns = runs.filter((run) => run.kind === 'term' && run.results.length > 0);
	const rarity = termRuns.map((run) => Math.log(1 + totalPages / run.results.length));
	const rarityTotal = rarity.reduce((sum, value) => sum + value, 0) || 1;
	const scores = new Map<string, number>();
	const add = (run: SearchRun, weight: number) => {
		const top = Math.max(...run.results.map((result) => result.score), Number.EPSILON);
		for (const result of run.results) {
			scores.set(result.id, (scores.get(result.id) ?? 0) + (weight * result.score) / top);
		}
	};
	for (const run of runs)
		if (run.kind === 'all' && run.results.length > 0) add(run, ALL_TERMS_WEIGHT);
	termRuns.forEach((run, index) => add(run, (rarity[index] ?? 0) / rarityTotal));
	return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/** The last path segment of a result URL: "/fixes/storage-full/?x#y" gives "storage-full"; "/" gives "index". */
export function slugFromUrl(url: string): string {
	const path = url.split(/[?#]/)[0] ?? '';
	const segments = path.split('/').filter(Boolean);
	return segments.at(-1) ?? 'index';
}

/**
 * Share of a page's short label the query names, 0–1 ("restart iphone" names all of "Restart your
 * device" but half of "Force restart"). Breaks near-ties that Pagefind's scores leave exact.
 */
export function labelCoverage(terms: readonly string[], label: string | undefined): number {
	const words = contentWords(tokenize(label ?? ''));
	if (words.length === 0 || !label) return 0;
	return words.filter((word) => terms.includes(word)).length / words.length;
}

/**
 * How closely a query restates a page title, 0–1: the overlap of their meaningful words (both
 * through the same tokenizer and stopwords, before synonyms or typo fixes) over the
 * words in either (Jaccard). Titles name problems the way readers say them, so a near-restatement
 * ("my iphone won't back up to icloud") is strong evidence for that page.
 */
export function titleSimilarity(
	queryWords: readonly string[],
	title: string | readonly string[] | undefined
): number {
	// A title's words may come worked out already: the search compares every title per query.
	const titleWords = new Set(
		typeof title === 'string' || title === undefined ? contentWords(tokenize(title ?? '')) : title
	);
	const query = new Set(queryWords);
	if (titleWords.size === 0 || query.size === 0) return 0;
	const shared = [...query].filter((word) => titleWords.has(word)).length;
	return shared / (titleWords.size + query.size - shared);
}
