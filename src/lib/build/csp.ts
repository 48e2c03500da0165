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

/** The policy of a page's `<meta http-equiv="content-security-policy">`, as Astro writes it. */
export function metaPolicy(html: string): string | undefined {
	const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	return tag?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** The hash sources (`sha256-…`, without quotes) of one directive of a policy. */
export function directiveHashes(policy: string, directive: 'script-src' | 'style-src'): string[] {
	const body = policy
		.split(';')
		.map((part) => part.trim())
		.find((part) => part.split(/\s+/)[0] === directive);
	return [...(body ?? '').matchAll(/'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'/g)].map(
		([, hash = '']) => hash
	);
}
