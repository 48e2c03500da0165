import { describe, expect, it } from 'vitest';
import { tokenize } from './normalise.ts';
import { readUpdateSense } from './update-sense.ts';

const read = (text: string) => readUpdateSense(tokenize(text)).join(' ');

describe('readUpdateSense', () => {
	it('reads a backup state that does not update as old', () => {
		expect(read('Last Backup date is old and not updating')).toBe(
			'last backup date is old and not old'
		);
		expect(read('iCloud backup history is stuck and won’t update')).toBe(
			'icloud backup history is stuck and will not old'
		);
		expect(read('the backup time has not been updated for a week')).toContain('been old');
	});

	it('leaves installing an update alone', () => {
		expect(read('my iPhone won’t update')).toBe('my iphone will not update');
		expect(read('backup fails and the phone is not updating to iOS 18')).toContain('updating');
		expect(read('update iOS to fix the backup')).toBe('update ios to fix the backup');
		expect(read('backup stopped working since the update')).toContain('update');
	});
});
