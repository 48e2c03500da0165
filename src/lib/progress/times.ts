import type { ProgressRecord } from './record.ts';

/**
 * The times in a record are evidence, not truth: a phone's clock can be days ahead, then put right
 * (our own fixes tell readers to turn on Set Automatically), and another device's clock can be a
 * year behind. So no record is ever refused for its times. Times later than now are brought back
 * to now, keeping their order among themselves and after every earlier time (`clampTimes`); each
 * new action is made after everything the record holds (`nextTime`), so a corrected clock never
 * makes a later action "older"; and a record that arrives by link or file is moved onto this
 * device's clock by its age when it was made (`rebaseTimes`). A time of 0 means "never" (no Reset,
 * no answer) and is left alone.
 */

/** The latest time a Date can hold: anything later is not a time at all. */
export const MAX_TIME = 8.64e15;

/** Every time a record holds, "never" (0) included. */
function times(record: ProgressRecord): number[] {
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

/**
 * The record with every time later than `now` brought back to now, in the same order: the
 * latest becomes `now`, the one before it `now - 1`, and so on, each still after every time that
 * was already in the past. Returns the same object when nothing is in the future.
 */
export function clampTimes(record: ProgressRecord, now: number): ProgressRecord {
	return mapTimes(record, orderKeepingClamp(times(record), now));
}

/**
 * A record from another device moved onto this device's clock: each time becomes now minus its
 * age when the link or file was made (`madeAt`, on the other device's clock), so a sender whose
 * clock was wrong by a year still hands over times in the right order against this device's.
 */
export function rebaseTimes(record: ProgressRecord, madeAt: number, now: number): ProgressRecord {
	return mapTimes(record, (time) => Math.max(1, now - Math.max(0, madeAt - time)));
}

/** Maps every time of a record except "never" (0) through `map`. */
function mapTimes(record: ProgressRecord, map: (time: number) => number): ProgressRecord {
	const moved = (time: number) => (time === 0 ? 0 : map(time));
	let changed = false;
	const steps: ProgressRecord['steps'] = {};
	for (const [id, change] of Object.entries(record.steps)) {
		const at = moved(change.at);
		changed ||= at !== change.at;
		steps[id] = at === change.at ? change : { ...change, at };
	}
	const next: ProgressRecord = {
		...record,
		steps,
		clearedAt: moved(record.clearedAt),
		outcome: record.outcome && { ...record.outcome, at: moved(record.outcome.at) },
		outcomeAt: moved(record.outcomeAt),
		createdAt: moved(record.createdAt),
		updatedAt: moved(record.updatedAt),
	};
	changed ||=
		next.clearedAt !== record.clearedAt ||
		next.outcomeAt !== record.outcomeAt ||
		next.outcome?.at !== record.outcome?.at ||
		next.createdAt !== record.createdAt ||
		next.updatedAt !== record.updatedAt;
	return changed ? next : record;
}

/** A map of times that brings those after `now` back to it, keeping every order. */
function orderKeepingClamp(all: readonly number[], now: number): (time: number) => number {
	const future = [...new Set(all.filter((time) => time > now))].sort((a, b) => a - b);
	if (future.length === 0) return (time) => time;
	const past = Math.max(0, ...all.filter((time) => time <= now));
	const count = future.length;
	const rank = new Map(future.map((time, index) => [time, index]));
	return (time) => {
		const index = rank.get(time);
		if (index === undefined) return time;
		// Packed just under now; if the past reaches that close, just after the past instead.
		return Math.max(now - (count - 1 - index), past + 1 + index);
	};
}
