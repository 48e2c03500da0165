/**
 * Merge several Content-Security-Policy strings into one that allows everything any of them
 * allows: the sources of each directive are unioned, in first-seen order.
 */
export function mergeCspPolicies(policies: readonly string[]): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const part of policy.split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const merged = directives.get(name) ?? new Set<string>();
			for (const source of sources) merged.add(source);
			directives.set(name, merged);
		}
	}
	return [...directives]
		.map(([name, sources]) => (sources.size > 0 ? `${name} ${[...sources].join(' ')}` : name))
		.join('; ');
}
