import { describe, expect, it } from 'vitest';
import { renderCspPolicy } from './csp.ts';
import { cspHash } from './csp-hash.ts';

describe('renderCspPolicy', () => {
	it('puts the directives first, then script-src and style-src with quoted, unrepeated hashes', () => {
		expect(
			renderCspPolicy({
				directives: ["default-src 'self'", "img-src 'self' data:"],
				scriptResources: ["'self'", "'wasm-unsafe-eval'"],
				scriptHashes: ['sha256-a', 'sha256-b', 'sha256-a'],
				styleResources: ["'self'"],
				styleHashes: ['sha256-c'],
			})
		).toBe(
			"default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'"
		);
	});

	it("falls back to 'self' when no resources are given, as Astro does", () => {
		expect(
			renderCspPolicy({
				directives: [],
				scriptResources: [],
				scriptHashes: [],
				styleResources: [],
				styleHashes: [],
			})
		).toBe("script-src 'self'; style-src 'self'");
	});
});

describe('cspHash', () => {
	it('is the base64 digest a browser compares an inline element with', () => {
		// The example from the CSP specification: alert('Hello, world.');
		expect(cspHash("alert('Hello, world.');")).toBe(
			'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='
		);
		expect(cspHash('', 'SHA-384')).toMatch(/^sha384-/);
	});
});
