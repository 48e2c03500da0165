import { describe, expect, it } from 'vitest';
import { dropRuledOut, findRuledOut, ownRuledOutKeys } from './ruled-out.ts';

const words = (text: string) => text.split(' ');
const keep = (text: string, own: string[] = []) =>
	dropRuledOut(words(text), ownRuledOutKeys(own.map(words), [['force', 'restart']]), [
		['force', 'restart'],
	]).join(' ');

describe('ruled-out words', () => {
	it('drops a resource the reader says they have', () => {
		expect(keep('backup fails even though i have enough storage')).toBe(
			'backup fails even though i have'
		);
		expect(keep('plenty of free icloud space backup fails')).toBe('backup fails');
		expect(keep('storage is not full but backup fails')).toBe('is not but backup fails');
	});

	it('keeps a shortage: "not enough" and "without enough" are the problem', () => {
		expect(keep('there is not enough icloud storage')).toBe('there is not enough icloud storage');
		expect(keep('new phone without enough space')).toBe('new phone without enough space');
		expect(keep('i do not have enough storage')).toBe('i do not have enough storage');
	});

	it('drops what the reader already tried, a phrase of several words whole', () => {
		expect(keep('no amount of restarting fixes it so factory reset')).toBe(
			'fixes it so factory reset'
		);
		expect(keep('tried a force restart and it still fails')).toBe('tried a and it still fails');
		expect(keep('tried to backup')).toBe('tried to backup');
	});

	it('drops what the reader does not have, unless a page of the site says the same', () => {
		expect(keep('i do not have a computer and backup fails')).toBe(
			'i do not have a and backup fails'
		);
		expect(keep('i do not have a computer available')).toBe('i do not have a');
		expect(keep('i do not have wi-fi can i backup', ['backup without wi-fi'])).toBe(
			'i do not have wi-fi can i backup'
		);
		expect(keep('tried everything', ['tried everything and it fails'])).toBe('tried everything');
	});

	it('leaves the words alone when nothing worth searching would be left', () => {
		const isContent = (word: string) => !['i', 'have'].includes(word);
		expect(dropRuledOut(words('i have enough storage'), new Set(), [], isContent)).toEqual(
			words('i have enough storage')
		);
	});

	it('names each span by its pattern, so two wordings of an absence compare equal', () => {
		expect(findRuledOut(words('without wi-fi')).map((span) => span.key)).toEqual(['absent wi-fi']);
		expect(findRuledOut(words('do not have wi-fi')).map((span) => span.key)).toEqual([
			'absent wi-fi',
		]);
	});
});
