/** One reviewed synonym group from src/data/synonyms.json. */
export interface SynonymGroup {
	/** The word or phrase the articles use. */
	canonical: string;
	/** Words or phrases readers use for it. */
	variants: string[];
}

/** A rewrite rule: a token sequence and the tokens that replace it. */
interface Rule {
	from: string[];
	to: string[];
}

/** Rules per group list, by their first word, longest first: the list arrives once per page, queries every keystroke. */
const ruleCache = new WeakMap<readonly SynonymGroup[], Map<string, Rule[]>>();

function compiled(groups: readonly SynonymGroup[]): Map<string, Rule[]> {
	let byFirst = ruleCache.get(groups);
	if (!byFirst) {
		const rules = groups
			.flatMap((group) =>
				group.variants.map((variant) => ({
					from: variant.toLowerCase().split(/\s+/),
					to: group.canonical.toLowerCase().split(/\s+/),
				}))
			)
			.sort((a, b) => b.from.length - a.from.length);
		byFirst = new Map();
		for (const rule of rules) {
			const first = rule.from[0] ?? '';
			byFirst.set(first, [...(byFirst.get(first) ?? []), rule]);
		}
		ruleCache.set(groups, byFirst);
	}
	return byFirst;
}

/** Every word that appears in a synonym group, so typo correction treats them as known. */
export function synonymWords(groups: readonly SynonymGroup[]): Set<string> {
	const words = new Set<string>();
	for (const group of groups) {
		for (const phrase of [group.canonical, ...group.variants]) {
			for (const word of phrase.toLowerCase().split(/\s+/)) words.add(word);
		}
	}
	return words;
}

/**
 * Replace every variant phrase in the tokens with its canonical phrase, longest variant first,
 * so "hard reset" becomes "force restart" before "reset" is looked at.
 */
export function applySynonyms(
	tokens: readonly string[],
	groups: readonly SynonymGroup[]
): string[] {
	const byFirst = compiled(groups);
	const out: string[] = [];
	let i = 0;
	while (i < tokens.length) {
		const rule = byFirst
			.get(tokens[i] ?? '')
			?.find((candidate) => candidate.from.every((word, offset) => tokens[i + offset] === word));
		if (rule) {
			out.push(...rule.to);
			i += rule.from.length;
		} else {
			out.push(tokens[i] ?? '');
			i += 1;
		}
	}
	return out;
}
