/** A date as YYYY-MM-DD in UTC, for `datetime` attributes and machine-readable output. */
export function formatIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * A date as a reader would write it, e.g. "25 November 2026". Fixed to UTC by default so builds
 * agree; in the browser, pass `inReaderTimeZone` for moments the reader lived (a tick, a print).
 */
export function formatLongDate(date: Date, { inReaderTimeZone = false } = {}): string {
	return new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: inReaderTimeZone ? undefined : 'UTC',
	}).format(date);
}
