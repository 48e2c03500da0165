import { describe, expect, it } from 'vitest';
import { isPlaceholderStep, parseSettingsPath } from './settings-path.ts';

describe('parseSettingsPath', () => {
	it('splits on >, › and → and trims each step', () => {
		expect(parseSettingsPath('Settings > [your name]›iCloud  →  iCloud Backup')).toEqual([
			'Settings',
			'[your name]',
			'iCloud',
			'iCloud Backup',
		]);
	});

	it('rejects an empty path', () => {
		expect(() => parseSettingsPath(' > ')).toThrow(/at least one step/);
	});

	it('recognises placeholders in brackets', () => {
		expect(isPlaceholderStep('[your name]')).toBe(true);
		expect(isPlaceholderStep('iCloud')).toBe(false);
	});
});
