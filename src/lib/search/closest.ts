import { foldText } from './normalise.ts';

/**
 * The pages whose titles look most like the query, by shared letter trigrams (robust to typos and
 * word order), for the "no results" suggestions. Pages sharing nothing are left out.
 */
export function closestTitles<T extends { title: string }>(
	query: string,
	pages: readonly T[],
	count = 3
): T[] {
	const wanted = trigrams(query);
	if (wanted.size === 0) return [];
	return pages
		.map((page) => ({ page, score: dice(wanted, trigrams(page.title)) }))
		.filter(({ score }) => score > 0.1)
		.sort((a, b) => b.score - a.score)
		.slice(0, count)
		.map(({ page }) => page);
}

function trigrams(text: string): Set<string> {
	const grams = new Set<string>();
	for (const word of foldText(text).match(/[a-z0-9]+/g) ?? []) {
		const padded = ` ${word} `;
		for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
	}
	return grams;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	let shared = 0;
	for (const gram of a) if (b.has(gram)) shared++;
	return (2 * shared) / (a.size + b.size || 1);
}
