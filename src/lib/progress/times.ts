import type { ProgressRecord } from './record.ts';

/**
 * The times in a record are evidence, not truth: a phone's clock can be days ahead, then put right
 * (our own fixes tell readers to turn on Set Automatically), and another device's clock can be a
 * year behind. So no record is ever refused for its times. Times later than now are brought back
 * to now where they are shown or sent, keeping their order among themselves and after every
 * earlier time (clamp.ts), and each new action is made after everything the record holds
 * (`nextTime`), so a corrected clock never makes a later action "older". A record that arrives by
 * link or file is moved onto this device's clock first (rebase.ts). A time of 0 means "never" (no
 * Reset, no answer) and is left alone.
 */

/** The latest time a Date can hold: anything later is not a time at all. */
export const MAX_TIME = 8.64e15;

/** Every time a record holds, "never" (0) included. */
export function times(record: ProgressRecord): number[] {
	return [
		...Object.values(record.steps).map((change) => change.at),
		record.clearedAt,
		record.outcomeAt,
		record.outcome?.at ?? 0,
		record.createdAt,
		record.updatedAt,
	];
}

/** The record's latest time. */
export function latestTime(record: ProgressRecord): number {
	return Math.max(0, ...times(record));
}

/** The time for a new action on this record: now, or just after its latest time if that is later. */
export function nextTime(record: ProgressRecord, now: number): number {
	return Math.max(now, latestTime(record) + 1);
}
