import { describe, expect, it } from 'vitest';
import { tokenize } from './normalise.ts';
import { whenClausePositions } from './when-clause.ts';

/** The words of a text that date the problem, in order. */
const when = (text: string) => {
	const tokens = tokenize(text);
	const positions = whenClausePositions(tokens);
	return tokens.filter((_, position) => positions.has(position)).join(' ');
};

describe('clauses of time', () => {
	it('finds the update or upgrade a problem is dated by', () => {
		expect(when('Since I updated, my phone has not backed up')).toBe('since i updated');
		expect(when('backup fails after the iOS 18.3 update')).toBe('after the ios 18 3 update');
		expect(when('ever since upgrading to iOS 26 it says storage is full')).toBe(
			'since upgrading to ios 26'
		);
		expect(when('after my last software update')).toBe('after my last software update');
	});

	it('leaves other uses of the words alone', () => {
		expect(when('should I update iOS to fix the backup')).toBe('');
		expect(when('after a restart the backup still fails')).toBe('');
		expect(when('since last week the backup fails')).toBe('');
		expect(when('the update failed after downloading')).toBe('');
	});
});
