import {
	fieldWeight,
	isOverview,
	isTelling,
	TITLE_WEIGHT,
	type TopicIndex,
} from './topic-match.ts';

/**
 * Two pages this close (the second's score as a share of the first's) are neighbours the
 * ranking cannot tell apart by weight: the words of the query decide between them.
 */
const NEIGHBOUR_SHARE = 0.8;

/**
 * The first two results, swapped when they are neighbours and only the second names one of the
 * query's telling words in its title or label while the first has that word nowhere: "iCloud
 * restore takes forever" is the restore page's problem, though "takes forever" is a stuck
 * backup's words. Overview pages never take part: they name every problem.
 */
export function settleNeighbours<T extends { url: string; score: number }>(
	ordered: readonly T[],
	terms: readonly string[],
	index: TopicIndex
): T[] {
	const [first, second, ...rest] = ordered;
	if (!first || !second || second.score < NEIGHBOUR_SHARE * first.score) return [...ordered];
	if (isOverview(first.url, index) || isOverview(second.url, index)) return [...ordered];
	const telling = terms.filter((term) => isTelling(term, index));
	const namesAlone = (named: T, other: T) =>
		telling.some(
			(term) =>
				fieldWeight(named.url, term, index) >= TITLE_WEIGHT &&
				fieldWeight(other.url, term, index) === 0
		);
	return namesAlone(second, first) && !namesAlone(first, second)
		? [second, first, ...rest]
		: [...ordered];
}
