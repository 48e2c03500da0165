import { eng } from 'stopword';

/**
 * Words of everyday English's stopword list that name a problem or an intent on this site:
 * "never backs up", "since the update", "after updating", "make room", "out of space",
 * "back up over cellular", "only when I tap Back Up Now".
 */
const MEANINGFUL = new Set([
	'never',
	'since',
	'after',
	'before',
	'make',
	'out',
	'up',
	'over',
	'only',
	'more',
	'through',
	'under',
	'same',
	'other',
	'another',
	'way',
	'take',
	'come',
	'came',
	'well',
	'most',
	'much',
	'many',
	'between',
]);

/** Conjunctions the everyday list lacks, which join a sentence and name nothing. */
const FILLER = ['though', 'although', 'whether', 'yet', 'whenever', 'however'];

/**
 * Words that carry no meaning for finding a fix. Plain Pagefind ANDs every word, so "why won't my
 * iphone back up" would require "why" and "my" on the page; they are dropped before searching.
 * Device names are here too: every article mentions both, so they never tell pages apart.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
	(
		"a an the my me i im i'm is are was be been am it its this that these those to of on in at " +
		'for with and or but so if by from as do does did doing will would should can could ' +
		'why how what when where which who whats help please fix fixes fixed fixing problem problems issue issues keep keeps ' +
		'says say said get got just still even anymore any some all iphone ipad ipod phone device ' +
		'apple ios there here you your over again now has have had been not'
	)
		.split(/\s+/)
		.concat(
			eng.filter((word: string) => !MEANINGFUL.has(word)),
			FILLER
		)
);

/** The tokens worth sending to Pagefind; all of them when every token is a stopword. */
export function contentWords(tokens: readonly string[]): string[] {
	const kept = tokens.filter((token) => !STOPWORDS.has(token));
	return kept.length > 0 ? kept : [...tokens];
}
