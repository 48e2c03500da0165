/** One line of the build's timing table: a phase or an integration's hook, and its duration. */
export interface Timing {
	label: string;
	ms: number;
}

/** The heading of the table in the build log. */
export const TIMINGS_HEADING = 'Build time by phase and integration';

/**
 * The timing table as log lines (Markdown, so it pastes into an issue), each row with its share of
 * `totalMs` when that is known.
 */
export function formatTimings(rows: readonly Timing[], totalMs?: number): string[] {
	const width = Math.max(10, ...rows.map((row) => row.label.length));
	const line = (label: string, ms: number) =>
		`| ${label.padEnd(width)} | ${Math.round(ms).toString().padStart(8)} | ${
			totalMs ? `${((100 * ms) / totalMs).toFixed(0)}%`.padStart(5) : '    ?'
		} |`;
	return [
		TIMINGS_HEADING,
		`| ${'phase'.padEnd(width)} | ${'ms'.padStart(8)} | share |`,
		`| ${'-'.repeat(width)} | -------: | ----: |`,
		...rows.map((row) => line(row.label, row.ms)),
		...(totalMs === undefined ? [] : [line('total', totalMs)]),
	];
}
