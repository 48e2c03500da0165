/** A date as YYYY-MM-DD in UTC, for `datetime` attributes and machine-readable output. */
export function formatIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** A date as a reader would write it, e.g. "25 November 2026", fixed to UTC so builds agree. */
export function formatLongDate(date: Date): string {
	return new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(date);
}
