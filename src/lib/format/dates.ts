/** A date as YYYY-MM-DD in UTC, for `datetime` attributes and machine-readable output. */
export function formatIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * A date as a reader would write it, e.g. "25 November 2026". Fixed to UTC by default so builds
 * agree; in the browser, pass `inReaderTimeZone` for moments the reader lived (a tick, a print).
 */
export function formatLongDate(date: Date, { inReaderTimeZone = false } = {}): string {
	// The reader's zone is read afresh each time (a phone may have travelled since the page
	// opened); the build's UTC formatter is made once, since a build dates thousands of pages.
	const format = inReaderTimeZone
		? longDateFormat(undefined)
		: (utcLongDate ??= longDateFormat('UTC'));
	return format.format(date);
}

let utcLongDate: Intl.DateTimeFormat | undefined;

function longDateFormat(timeZone: string | undefined): Intl.DateTimeFormat {
	return new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone,
	});
}

/**
 * A formatter for a moment the reader lived, with its time: "24 Nov 2026, 13:00" (short, for
 * text pasted into a support chat) or "24 November 2026 at 13:00" (long). In the reader's time
 * zone unless one is given (tests).
 */
export function dateTimeFormatter(
	month: 'short' | 'long',
	timeZone?: string
): (time: number) => string {
	const format = new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month,
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone,
	});
	return (time) => format.format(time);
}
