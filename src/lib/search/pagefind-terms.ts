import type { SearchData } from './search-data.ts';

/** Words sent to Pagefind together; Pagefind finds only pages with every one of them. */
const MAX_PAGEFIND_TERMS = 4;

/**
 * The query's telling words for Pagefind, which ANDs them: a long sentence ("every night I get a
 * message that…") would match no page. Words the site never uses and words on nearly every page
 * are left out, and of the rest the rarest few are kept, in the reader's order. Short queries go
 * as planned.
 */
export function pagefindTerms(
	terms: readonly string[],
	data: Pick<SearchData, 'vocabulary' | 'genericWords'>
): string[] {
	if (terms.length <= MAX_PAGEFIND_TERMS) return [...terms];
	const generic = new Set(data.genericWords);
	const known = terms.filter((term) => term in data.vocabulary && !generic.has(term));
	if (known.length === 0) return terms.slice(0, MAX_PAGEFIND_TERMS);
	const rarest = new Set(
		[...known]
			.sort((a, b) => (data.vocabulary[a] ?? 0) - (data.vocabulary[b] ?? 0))
			.slice(0, MAX_PAGEFIND_TERMS)
	);
	return known.filter((term) => rarest.has(term));
}
