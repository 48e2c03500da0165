import { describe, expect, it } from 'vitest';
import { buildVocabulary, mdxToText } from './vocabulary.ts';

describe('mdxToText', () => {
	it('keeps what a reader sees and drops markup', () => {
		const text = mdxToText(
			'import X from "y";\n<Step id="open-settings">Open <SettingsPath path="Settings > iCloud" />, see [the list](/errors/).</Step>'
		);
		expect(text).not.toMatch(/Step|SettingsPath|import|errors/);
		expect(text).toMatch(/Open/);
		expect(text).toMatch(/Settings > iCloud/);
	});
});

describe('buildVocabulary', () => {
	it('counts words of three letters or more, and the parts of hyphenated words', () => {
		expect(buildVocabulary(['Wi-Fi on the Wi-Fi', 'a 5 GB plan'])).toEqual({
			plan: 1,
			the: 1,
			'wi-fi': 2,
		});
	});
});
