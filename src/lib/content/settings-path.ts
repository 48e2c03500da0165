/** Split a Settings path written as "Settings > [your name] > iCloud" into its steps. */
export function parseSettingsPath(path: string): string[] {
	const steps = path
		.split(/\s*(?:>|›|→)\s*/)
		.map((step) => step.trim())
		.filter(Boolean);
	if (steps.length === 0)
		throw new Error(`A settings path must have at least one step; got "${path}".`);
	return steps;
}

/** Whether a step is a placeholder the reader substitutes, such as "[your name]". */
export function isPlaceholderStep(step: string): boolean {
	return /^\[.+\]$/.test(step);
}

/** A Settings path as plain text reads on the page: "Settings > [your name] > iCloud". */
export function settingsPathText(path: string): string {
	return parseSettingsPath(path).join(' > ');
}
