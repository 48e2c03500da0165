import { describe, expect, it } from 'vitest';
import { resetRecord } from './edits.ts';
import { parseAnyRecord } from './legacy.ts';
import { doneIds, emptyRecord, isDone, setOutcome, setStep } from './record.ts';
import { rebaseTimes } from './rebase.ts';
import { clampTimes } from './clamp.ts';
import { latestTime, nextTime } from './times.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 6, 12);
const address = { page: '/fixes/backup-stuck/', checklist: 'unstick-backup' };
const step = (id: string) => ({ id, hash: `h-${id}`, text: `Do ${id}.` });
const base = { ...emptyRecord(address, NOW - DAY), stepIds: ['a', 'b', 'c'] };

describe('times in a record', () => {
	it('brings times a clock two days ahead wrote back to now, in their order', () => {
		// Ticked on a correct clock, then on a clock two days ahead: a, a Reset, then b and an answer.
		let record = setStep(base, step('c'), true, NOW - 60_000);
		record = setStep(record, step('a'), true, NOW + 2 * DAY);
		record = resetRecord(record, NOW + 2 * DAY + 1000);
		record = setStep(record, step('b'), true, NOW + 2 * DAY + 2000);
		record = setOutcome(record, 'solved', NOW + 2 * DAY + 3000);
		const clamped = clampTimes(record, NOW);
		expect(latestTime(clamped)).toBe(NOW);
		// The same things count: b after the Reset, a and c before it.
		expect(doneIds(clamped)).toEqual(doneIds(record));
		expect(doneIds(clamped)).toEqual(['b']);
		expect(clamped.steps.a!.at).toBeLessThan(clamped.clearedAt);
		expect(clamped.clearedAt).toBeLessThan(clamped.steps.b!.at);
		expect(clamped.steps.b!.at).toBeLessThan(clamped.outcomeAt);
		expect(clamped.steps.c!.at).toBe(NOW - 60_000);
		// Nothing in the future: the same object back.
		expect(clampTimes(clamped, NOW)).toBe(clamped);
	});

	it('keeps every order when the past reaches right up to now', () => {
		let record = setStep(base, step('a'), true, NOW);
		record = setStep(record, step('b'), true, NOW + DAY);
		record = setStep(record, step('c'), true, NOW + DAY + 1);
		const clamped = clampTimes(record, NOW);
		expect(clamped.steps.a!.at).toBeLessThan(clamped.steps.b!.at);
		expect(clamped.steps.b!.at).toBeLessThan(clamped.steps.c!.at);
	});

	it('reads a record from the future instead of refusing it, brought back to now', () => {
		const ahead = setStep(base, step('a'), true, NOW + 2 * DAY);
		const read = parseAnyRecord(JSON.parse(JSON.stringify(ahead)), address, NOW);
		expect(read && isDone(read, 'a')).toBe(true);
		expect(read!.steps.a!.at).toBeLessThanOrEqual(NOW);
		// A time no Date can hold is still not a time.
		expect(parseAnyRecord({ ...ahead, updatedAt: 1e16 }, address, NOW)).toBeNull();
	});

	it('puts a new action after everything the record holds, whatever the clock says', () => {
		const record = setStep(base, step('a'), true, NOW);
		expect(nextTime(record, NOW + 5)).toBe(NOW + 5);
		// The clock was put back a minute: the untick still comes after the tick.
		const untick = setStep(record, step('a'), false, nextTime(record, NOW - 60_000));
		expect(isDone(untick, 'a')).toBe(false);
		// A Reset then a tick in the same millisecond: the tick counts.
		const reset = resetRecord(record, nextTime(record, NOW));
		expect(isDone(setStep(reset, step('b'), true, nextTime(reset, NOW)), 'b')).toBe(true);
	});

	it('moves another device’s times onto this clock by their age, both ways', () => {
		const made = NOW - 365 * DAY; // the sender's clock, a year behind
		let record = setStep(base, step('a'), true, made - 60_000);
		record = setOutcome(record, 'not-fixed', made - 1000);
		const rebased = rebaseTimes(record, made, NOW);
		expect(rebased.steps.a!.at).toBe(NOW - 60_000);
		expect(rebased.outcomeAt).toBe(NOW - 1000);
		// "Never" stays never.
		expect(rebased.clearedAt).toBe(0);
		const ahead = rebaseTimes(setStep(base, step('a'), true, NOW + DAY - 5000), NOW + DAY, NOW);
		expect(ahead.steps.a!.at).toBe(NOW - 5000);
	});
});
