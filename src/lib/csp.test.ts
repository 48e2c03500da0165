import { describe, expect, it } from 'vitest';
import { mergeCspPolicies } from './csp';

describe('mergeCspPolicies', () => {
	it('unions the sources of each directive and keeps every directive', () => {
		expect(
			mergeCspPolicies([
				"default-src 'self'; script-src 'self' 'sha256-a'",
				"default-src 'self';script-src 'self' 'sha256-b'; style-src 'self';",
			])
		).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
	});

	it('keeps a directive without sources', () => {
		expect(mergeCspPolicies(['upgrade-insecure-requests; img-src data:'])).toBe(
			'upgrade-insecure-requests; img-src data:'
		);
	});
});
