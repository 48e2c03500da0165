/** What a Content-Security-Policy is made of, in the terms of Astro's `security.csp` config. */
export interface CspParts {
	/** Whole directives other than script-src and style-src, e.g. "default-src 'self'". */
	directives: readonly string[];
	scriptResources: readonly string[];
	/** Hash sources without quotes (`sha256-…`). */
	scriptHashes: readonly string[];
	styleResources: readonly string[];
	styleHashes: readonly string[];
}

/**
 * The policy text for `parts`, built the way Astro builds its <meta> policy: `'self'` when no
 * resources are given, hashes quoted and without repeats, `script-src` and `style-src` last.
 */
export function renderCspPolicy(parts: CspParts): string {
	const sources = (resources: readonly string[], hashes: readonly string[]) => [
		...(resources.length > 0 ? resources : ["'self'"]),
		...new Set(hashes.map((hash) => `'${hash}'`)),
	];
	return [
		...parts.directives.map((directive) => directive.trim()),
		['script-src', ...sources(parts.scriptResources, parts.scriptHashes)].join(' '),
		['style-src', ...sources(parts.styleResources, parts.styleHashes)].join(' '),
	].join('; ');
}
