import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
	it('counts in thousands, as iPhone Storage does, rounding to what a reader needs', () => {
		expect(formatBytes(0)).toBe('0 bytes');
		expect(formatBytes(999)).toBe('999 bytes');
		expect(formatBytes(1000)).toBe('1 KB');
		expect(formatBytes(978_001)).toBe('978 KB');
		expect(formatBytes(999_499)).toBe('999 KB');
		// Never "1000 KB".
		expect(formatBytes(999_500)).toBe('1.0 MB');
		expect(formatBytes(1_450_000)).toBe('1.4 MB');
	});
});
