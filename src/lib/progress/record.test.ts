import { describe, expect, it } from 'vitest';
import { isLegacyKey, recordKey } from './keys.ts';
import { parseAnyRecord } from './legacy.ts';
import { addressOfKey } from './key-address.ts';
import {
	doneCount,
	emptyRecord,
	hasProgress,
	isDone,
	parseRecord,
	setOutcome,
	setStep,
} from './record.ts';
import { updatedStepIds } from './reworded.ts';
import { resetRecord, undoReset } from './edits.ts';

const NOW = Date.UTC(2026, 10, 30);
const DAY = 24 * 60 * 60 * 1000;
const address = { page: '/fixes/storage-full/', checklist: 'check-icloud-storage' };
const step = (id: string, hash = 'h1') => ({ id, hash, text: `Step ${id}` });
const parse = (value: unknown) => parseRecord(value, address);

describe('progress record', () => {
	it('keys records by version, page and checklist, and reads the address back', () => {
		const key = recordKey(address);
		expect(key).toBe('backup-rescue:progress:v2:/fixes/storage-full/#check-icloud-storage');
		expect(addressOfKey(key)).toEqual(address);
		for (const legacy of [
			'backup-rescue:progress:v1:/fixes/storage-full/#check-icloud-storage',
			'backup-rescue:progress:/fixes/storage-full/#check-icloud-storage',
		]) {
			expect(addressOfKey(legacy)).toEqual(address);
			expect(isLegacyKey(legacy)).toBe(true);
		}
		expect(isLegacyKey(key)).toBe(false);
		expect(isLegacyKey(`${key}:corrupt:1`)).toBe(false);
		expect(isLegacyKey('backup-rescue:progress:probe')).toBe(false);
		expect(addressOfKey(`${key}:corrupt:123`)).toBeNull();
		expect(addressOfKey('backup-rescue:progress:v9:/x/#y')).toBeNull();
		expect(addressOfKey('theme')).toBeNull();
	});

	it('round-trips through JSON', () => {
		let record = { ...emptyRecord(address, 1000), stepIds: ['a', 'b', 'c'] };
		record = setStep(record, step('a'), true, 2000);
		record = setStep(record, step('b'), false, 2500);
		record = setOutcome(record, 'not-fixed', 3000);
		expect(parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
		expect(doneCount(record)).toBe(1);
	});

	it('rejects values of the wrong shape', () => {
		const good = emptyRecord(address, 1);
		expect(parse(good)).toEqual(good);
		expect(parse(null)).toBeNull();
		expect(parse([])).toBeNull();
		expect(
			parse({ ...good, steps: { a: { done: true, at: 'yesterday', hash: '', text: '' } } })
		).toBeNull();
		expect(parse({ ...good, steps: { a: { at: 1, hash: '', text: '' } } })).toBeNull();
		expect(parse({ ...good, stepIds: 'a,b' })).toBeNull();
		expect(parse({ ...good, stepIds: ['a', 'a'] })).toBeNull();
		expect(parse({ ...good, stepIds: ['Not a slug'] })).toBeNull();
		expect(parse({ ...good, outcome: { kind: 'maybe', at: 1 } })).toBeNull();
		expect(parse({ ...good, clearedAt: -1 })).toBeNull();
		expect(parse({ ...good, schema: 3 })).toBeNull();
		expect(parse({ ...good, schema: 1 })).toBeNull();
		expect(parse({ ...good, pageTitle: 'x'.repeat(501) })).toBeNull();
	});

	it('validates every time: whole milliseconds a Date can hold, in the future too', () => {
		const good = emptyRecord(address, 1);
		expect(parse({ ...good, updatedAt: 1e16 })).toBeNull();
		expect(parse({ ...good, createdAt: NOW + 2 * DAY })?.createdAt).toBe(NOW + 2 * DAY);
		// Read from a file or an older version's copy, it is brought back to now.
		expect(parseAnyRecord({ ...good, createdAt: NOW + 2 * DAY }, address, NOW)?.createdAt).toBe(
			NOW
		);
		expect(parse({ ...good, outcomeAt: Number.NaN })).toBeNull();
		expect(parse({ ...good, outcome: { kind: 'solved', at: 1e16 } })).toBeNull();
		expect(parse({ ...good, updatedAt: 1.5 })).toBeNull();
		const tick = { done: true, at: 1e16, hash: '', text: '' };
		expect(parse({ ...good, steps: { a: tick } })).toBeNull();
	});

	it('accepts only addresses of this site’s pages and checklist slugs', () => {
		const good = emptyRecord(address, 1);
		for (const page of [
			'//evil.example',
			'//2130706433',
			'/fixes/x',
			'https://x.test/',
			'/a?b/',
			'/A/',
		]) {
			expect(parseRecord(good, { page, checklist: 'c' }), page).toBeNull();
		}
		expect(parseRecord(good, { page: '/fixes/x/', checklist: 'constructor!' })).toBeNull();
		expect(parseRecord(good, { page: '/', checklist: 'c' })).not.toBeNull();
	});

	it('migrates a version-1 record: ticks kept without their old-style hashes, answer time known', () => {
		const v1 = {
			schema: 1,
			pageTitle: 'P',
			checklistTitle: 'C',
			stepIds: ['a', 'b'],
			steps: { a: { at: 5, hash: 'h', text: 'Open Settings' } },
			outcome: { kind: 'solved', at: 7 },
			createdAt: 1,
			updatedAt: 7,
		};
		const record = parseAnyRecord(v1, address, NOW);
		expect(record).toMatchObject({ schema: 2, clearedAt: 0, outcomeAt: 7 });
		expect(record?.steps.a).toEqual({ done: true, at: 5, hash: '', text: 'Open Settings' });
		expect(doneCount(record!)).toBe(1);
	});

	it('migrates a version-0 record, without flagging its steps as reworded', () => {
		const v0 = (value: unknown) => parseAnyRecord(value, address, NOW);
		const record = v0({ done: ['a', 'b'], savedAt: '2026-11-20T10:00:00.000Z' });
		expect(record).toMatchObject({
			schema: 2,
			...address,
			stepIds: ['a', 'b'],
			steps: { a: { done: true, hash: '' }, b: { done: true, hash: '' } },
			updatedAt: Date.parse('2026-11-20T10:00:00.000Z'),
		});
		expect(updatedStepIds(record!, [step('a', 'new'), step('b', 'new')])).toEqual([]);
		expect(v0({ done: 'a', savedAt: 'never' })).toBeNull();
		expect(v0({ done: ['a'], savedAt: 'never' })).toBeNull();
	});

	it('flags done steps whose text changed since they were ticked', () => {
		let record = { ...emptyRecord(address, 1), stepIds: ['a', 'b', 'c'] };
		record = setStep(record, step('a', 'old'), true, 2);
		record = setStep(record, step('b', 'same'), true, 2);
		record = setStep(record, step('c', 'old'), false, 2);
		expect(updatedStepIds(record, [step('a', 'new'), step('b', 'same'), step('c', 'new')])).toEqual(
			['a']
		);
	});

	it('counts only steps still on the page, and never inherited names', () => {
		let record = { ...emptyRecord(address, 1), stepIds: ['a', 'constructor', 'to-string'] };
		record = setStep(record, step('gone'), true, 2);
		record = setStep(record, step('a'), true, 3);
		expect(doneCount(record)).toBe(1);
		expect(isDone(record, 'constructor')).toBe(false);
		expect(isDone(record, 'gone')).toBe(true);
	});

	it('keeps an untick as a change, and resets by time so later ticks count again', () => {
		let record = { ...emptyRecord(address, 1), stepIds: ['a', 'b'] };
		record = setStep(record, step('a'), true, 2);
		record = setStep(record, step('a'), false, 3);
		expect(record.steps.a).toMatchObject({ done: false, at: 3 });
		expect(hasProgress(record)).toBe(false);

		record = setStep(record, step('b'), true, 4);
		record = setOutcome(record, 'solved', 5);
		const reset = resetRecord(record, 6);
		expect(doneCount(reset)).toBe(0);
		expect(reset.outcome).toBeNull();
		expect(hasProgress(reset)).toBe(false);
		expect(doneCount(setStep(reset, step('a'), true, 7))).toBe(1);

		const undone = undoReset(reset, record, 8);
		expect(doneCount(undone)).toBe(1);
		expect(undone.outcome?.kind).toBe('solved');
	});
});
