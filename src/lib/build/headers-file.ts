/** One rule of a `_headers` file: a path pattern and the headers it adds. */
export interface HeadersRule {
	/** As written: `/*`, `/_astro/*`, `/sw.js`, `/fixes/:slug/`. */
	pattern: string;
	headers: readonly (readonly [name: string, value: string])[];
}

/**
 * Parse a `_headers` file as Netlify and Cloudflare Pages read it: a line starting with `/` opens a
 * rule, indented `Name: value` lines under it are its headers, `#` lines are comments.
 */
export function parseHeadersFile(text: string): HeadersRule[] {
	const rules: { pattern: string; headers: [string, string][] }[] = [];
	for (const [index, line] of text.split(/\r?\n/).entries()) {
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: trimmed, headers: [] });
			continue;
		}
		const colon = trimmed.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || colon < 1) throw new Error(`_headers line ${index + 1}: not a header: ${line}`);
		rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * The headers a host adds to a response for `pathname`: every matching rule applies, in file
 * order, and a header set by several rules gets their values joined with ", " (as both hosts do).
 * Names come back lower-case. `*` matches anything, `:name` one path segment.
 */
export function headersForPath(
	rules: readonly HeadersRule[],
	pathname: string
): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!patternToRegExp(rule.pattern).test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
		}
	}
	return headers;
}

function patternToRegExp(pattern: string): RegExp {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => {
			if (part === '*') return '.*';
			if (part.startsWith(':')) return '[^/]+';
			return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('');
	return new RegExp(`^${source}$`);
}
