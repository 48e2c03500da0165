/**
 * The ids that more than one element of an HTML page claims, each named once. A repeated id makes
 * `#fragment` links ambiguous and breaks `aria-labelledby`, so the build refuses it.
 */
export function repeatedIds(html: string): string[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	// Attribute values in Astro's output are always double-quoted.
	for (const [, id = ''] of html.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]+)"/g)) {
		if (seen.has(id)) repeated.add(id);
		seen.add(id);
	}
	return [...repeated];
}
