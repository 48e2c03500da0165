import { tokenize } from './normalise.ts';
import type { Vocabulary } from './typo.ts';

/**
 * Strip MDX to the words a reader sees: drops imports, tag and attribute names, and URLs, but
 * keeps attribute values (a <SettingsPath path="Settings > iCloud"> shows its path as text).
 */
export function mdxToText(body: string): string {
	return body
		.replace(/^(import|export)\s.*$/gm, ' ')
		.replace(/\]\([^)]*\)/g, '] ')
		.replace(/<\/?[A-Za-z][\w.]*/g, ' ')
		.replace(/\b[\w-]+=/g, ' ')
		.replace(/https?:\/\/\S+/g, ' ');
}

/** Count every word of three or more letters across the texts: the words typo correction may suggest. */
export function buildVocabulary(texts: readonly string[]): Vocabulary {
	const counts: Record<string, number> = {};
	for (const text of texts) {
		for (const word of tokenize(text)) {
			for (const part of [word, ...(word.includes('-') ? word.split('-') : [])]) {
				if (part.length >= 3 && /^[a-z]/.test(part)) counts[part] = (counts[part] ?? 0) + 1;
			}
		}
	}
	return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
