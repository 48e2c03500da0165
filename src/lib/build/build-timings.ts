/** One line of the build's timing table: a phase or an integration's hook, and its duration. */
export interface Timing {
	label: string;
	ms: number;
	/** CPU time (user + system) the build's process spent meanwhile, all its threads together. */
	cpuMs?: number;
}

/** The heading of the table in the build log. */
export const TIMINGS_HEADING = 'Build time by phase and integration';

/**
 * The timing table as log lines (Markdown, so it pastes into an issue), each row with its share of
 * `totalMs` when that is known, and a CPU column when the rows have CPU times: on a shared machine
 * the wall time says as much about the neighbours as about the build.
 */
export function formatTimings(
	rows: readonly Timing[],
	totalMs?: number,
	totalCpuMs?: number
): string[] {
	const cpu = rows.some((row) => row.cpuMs !== undefined);
	const width = Math.max(10, ...rows.map((row) => row.label.length));
	const line = (label: string, ms: number, cpuMs?: number) =>
		`| ${label.padEnd(width)} | ${Math.round(ms).toString().padStart(8)} | ${
			totalMs ? `${((100 * ms) / totalMs).toFixed(0)}%`.padStart(5) : '    ?'
		} |${cpu ? ` ${(cpuMs === undefined ? '?' : Math.round(cpuMs).toString()).padStart(6)} |` : ''}`;
	return [
		TIMINGS_HEADING,
		`| ${'phase'.padEnd(width)} | ${'ms'.padStart(8)} | share |${cpu ? ' cpu ms |' : ''}`,
		`| ${'-'.repeat(width)} | -------: | ----: |${cpu ? ' -----: |' : ''}`,
		...rows.map((row) => line(row.label, row.ms, row.cpuMs)),
		...(totalMs === undefined ? [] : [line('total', totalMs, totalCpuMs)]),
	];
}
