import { allowedEdits, editDistance } from './edit-distance.ts';
import { isKnownWord, type Vocabulary } from './typo.ts';

/**
 * Which of `words` typo correction would rewrite into a site word: words the site does not know
 * with a site word within the edits their length allows (typo.ts's `nearestWord`). Used at build
 * time over 20,000 English words; comparing each with every site word took 5–10 s, so the site's
 * words are indexed by what is left after deleting up to two letters (SymSpell's idea): two words
 * within k edits always share a string made by at most k deletions from each.
 */
export function wordsNearVocabulary(
	words: readonly string[],
	vocabulary: Vocabulary,
	known?: ReadonlySet<string>
): string[] {
	const index = deletionIndex(Object.keys(vocabulary), allowedEdits(Infinity));
	return words.filter((word) => {
		const max = allowedEdits(word.length);
		if (max === 0 || isKnownWord(word, vocabulary, known)) return false;
		for (const variant of deletions(word, max).keys()) {
			for (const [candidate, deleted] of index.get(variant) ?? []) {
				if (deleted <= max && editDistance(word, candidate, max) <= max) return true;
			}
		}
		return false;
	});
}

/** Every string made by deleting up to `max` letters of each word, with the words and how many. */
function deletionIndex(words: readonly string[], max: number): Map<string, [string, number][]> {
	const index = new Map<string, [string, number][]>();
	for (const word of words) {
		for (const [variant, deleted] of deletions(word, max)) {
			const list = index.get(variant);
			if (list) list.push([word, deleted]);
			else index.set(variant, [[word, deleted]]);
		}
	}
	return index;
}

/** The strings made by deleting up to `max` letters of a word, each with its fewest deletions. */
function deletions(word: string, max: number): Map<string, number> {
	const found = new Map<string, number>([[word, 0]]);
	let frontier = [word];
	for (let deleted = 1; deleted <= max; deleted++) {
		const next: string[] = [];
		for (const text of frontier) {
			for (let at = 0; at < text.length; at++) {
				const variant = text.slice(0, at) + text.slice(at + 1);
				if (!found.has(variant)) {
					found.set(variant, deleted);
					next.push(variant);
				}
			}
		}
		frontier = next;
	}
	return found;
}
