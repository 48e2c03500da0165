import type { ProgressRecord } from './record.ts';
import { times } from './times.ts';

/*
 * Times a wrong clock put in the future, brought back to now (see times.ts). Apart from times.ts
 * because only what shows, sends or takes in records needs it, and article pages load times.ts.
 */

/**
 * The record with every time later than `now` brought back to now, in the same order: the
 * latest becomes `now`, the one before it `now - 1`, and so on, each still after every time that
 * was already in the past. Returns the same object when nothing is in the future.
 */
export function clampTimes(record: ProgressRecord, now: number): ProgressRecord {
	const all = times(record);
	const future = [...new Set(all.filter((time) => time > now))].sort((a, b) => a - b);
	if (future.length === 0) return record;
	const past = Math.max(0, ...all.filter((time) => time <= now));
	return mapTimes(record, (time) => {
		const rank = future.indexOf(time);
		// Packed just under now; if the past reaches that close, just after the past instead.
		return rank < 0 ? time : Math.max(now - future.length + 1 + rank, past + 1 + rank);
	});
}

/** The record with every time except "never" (0) mapped through `map`. */
export function mapTimes(record: ProgressRecord, map: (time: number) => number): ProgressRecord {
	const moved = (time: number) => time && map(time);
	const steps: ProgressRecord['steps'] = {};
	for (const [id, change] of Object.entries(record.steps)) {
		steps[id] = { ...change, at: moved(change.at) };
	}
	return {
		...record,
		steps,
		clearedAt: moved(record.clearedAt),
		outcome: record.outcome && { ...record.outcome, at: moved(record.outcome.at) },
		outcomeAt: moved(record.outcomeAt),
		createdAt: moved(record.createdAt),
		updatedAt: moved(record.updatedAt),
	};
}
