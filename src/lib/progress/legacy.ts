import { isLegacyKey } from './keys.ts';
import { addressOfKey } from './key-address.ts';
import { mergeRecords } from './merge.ts';
import {
	SCHEMA_VERSION,
	emptyRecord,
	isIdList,
	isObject,
	parseRecord,
	type ProgressRecord,
	type RecordAddress,
} from './record.ts';
import type { ProgressStore } from './store.ts';
import { clampTimes } from './clamp.ts';

/**
 * Records written by older versions of the site: v0 (`{ done, savedAt }`, the first prototype)
 * and v1 (ticks only, no unticks or Reset time), under keys without `v2:`. They are upgraded to
 * the current shape and moved to the current key, merged with anything already there. Few
 * readers still have them, so article pages load this only when such a key exists.
 */

/**
 * A stored or imported value of any known version read into a current record, or null; times
 * later than `now` are brought back to it, in order (times.ts).
 */
export function parseAnyRecord(
	value: unknown,
	address: RecordAddress,
	now: number
): ProgressRecord | null {
	const record = parseRecord(upgrade(value, address), address);
	return record && clampTimes(record, now);
}

/** Moves every older record in the store to its current key, merged with what is there. */
export function migrateLegacyRecords(store: ProgressStore, now: number): void {
	for (const key of store.keys().filter(isLegacyKey)) {
		const address = addressOfKey(key) as RecordAddress;
		const record = store.adopt(key, (value) => parseAnyRecord(value, address, now));
		if (record) store.update(address, (latest) => mergeRecords(latest, record));
	}
}

/** An older value in the current shape (not yet validated); anything else is returned as it is. */
function upgrade(value: unknown, address: RecordAddress): unknown {
	if (!isObject(value)) return value;
	if (value.schema === undefined) {
		// v0 knew only which steps were done and when it was saved; hashes are unknown ('').
		const { done, savedAt } = value;
		const at = typeof savedAt === 'string' ? Date.parse(savedAt) : NaN;
		if (!isIdList(done)) return null;
		const record = { ...emptyRecord(address, at), stepIds: [...done] };
		for (const id of done) record.steps[id] = { done: true, at, hash: '', text: '' };
		return record;
	}
	if (value.schema === 1) {
		const steps = isObject(value.steps) ? value.steps : {};
		const outcome = isObject(value.outcome) ? value.outcome : null;
		return {
			...value,
			schema: SCHEMA_VERSION,
			// v1 stored ticks only, without `done`, and hashed the text another way: its hashes say
			// nothing about today's wording, so they are dropped rather than flag every step.
			steps: Object.fromEntries(
				Object.entries(steps).map(([id, tick]) => [
					id,
					isObject(tick) ? { ...tick, done: true, hash: '' } : tick,
				])
			),
			clearedAt: 0,
			outcomeAt: outcome?.at ?? 0,
		};
	}
	return value;
}
