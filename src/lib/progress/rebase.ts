import type { ProgressRecord } from './record.ts';
import { mapTimes } from './clamp.ts';

/**
 * A record from another device moved onto this device's clock: each time becomes now minus its
 * age when the link or file was made (`madeAt`, on the other device's clock), so a sender whose
 * clock was wrong by a year still hands over times in the right order against this device's.
 * Apart from times.ts because only imports need it, and article pages load times.ts.
 */
export function rebaseTimes(record: ProgressRecord, madeAt: number, now: number): ProgressRecord {
	return mapTimes(record, (time) => Math.max(1, now - Math.max(0, madeAt - time)));
}
