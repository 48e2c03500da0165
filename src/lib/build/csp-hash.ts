import { createHash } from 'node:crypto';

const PREFIXES = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' } as const;

/** A hash algorithm as Astro's `security.csp.algorithm` spells it. */
export type CspAlgorithm = keyof typeof PREFIXES;

/** A CSP hash source without its quotes, the form Astro's `scriptDirective.hashes` takes. */
export type CspHash = `${(typeof PREFIXES)[CspAlgorithm]}-${string}`;

/** The hash source that allows an inline `<script>` or `<style>` whose text is exactly `text`. */
export function cspHash(text: string, algorithm: CspAlgorithm = 'SHA-256'): CspHash {
	const prefix = PREFIXES[algorithm];
	return `${prefix}-${createHash(prefix).update(text, 'utf8').digest('base64')}`;
}
