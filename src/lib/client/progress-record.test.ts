import { describe, expect, it } from 'vitest';
import { addressOfKey } from './progress-list';
import {
	doneCount,
	emptyRecord,
	legacyKey,
	parseRecord,
	recordKey,
	resetRecord,
	setOutcome,
	setStep,
	updatedStepIds,
} from './progress-record';

const address = { page: '/fixes/storage-full/', checklist: 'check-icloud-storage' };
const step = (id: string, hash = 'h1') => ({ id, hash, text: `Step ${id}` });

describe('progress record', () => {
	it('keys records by version, page and checklist, and reads the address back', () => {
		const key = recordKey(address);
		expect(key).toBe('backup-rescue:progress:v1:/fixes/storage-full/#check-icloud-storage');
		expect(addressOfKey(key)).toEqual(address);
		expect(addressOfKey(legacyKey(address))).toEqual(address);
		expect(addressOfKey(`${key}:corrupt:123`)).toBeNull();
		expect(addressOfKey('theme')).toBeNull();
	});

	it('round-trips through JSON', () => {
		let record = { ...emptyRecord(address, 1000), stepIds: ['a', 'b', 'c'] };
		record = setStep(record, step('a'), true, 2000);
		record = setOutcome(record, 'not-fixed', 3000);
		expect(parseRecord(JSON.parse(JSON.stringify(record)), address)).toEqual(record);
		expect(doneCount(record)).toBe(1);
	});

	it('rejects values of the wrong shape', () => {
		const good = { ...emptyRecord(address, 1) };
		expect(parseRecord(null, address)).toBeNull();
		expect(parseRecord([], address)).toBeNull();
		expect(parseRecord({ ...good, steps: { a: { at: 'yesterday' } } }, address)).toBeNull();
		expect(parseRecord({ ...good, stepIds: 'a,b' }, address)).toBeNull();
		expect(parseRecord({ ...good, outcome: { kind: 'maybe', at: 1 } }, address)).toBeNull();
		expect(parseRecord({ ...good, schema: 2 }, address)).toBeNull();
	});

	it('migrates a version-0 record, without flagging its steps as reworded', () => {
		const record = parseRecord({ done: ['a', 'b'], savedAt: '2026-11-20T10:00:00.000Z' }, address);
		expect(record).toMatchObject({
			schema: 1,
			...address,
			stepIds: ['a', 'b'],
			steps: { a: { hash: '' }, b: { hash: '' } },
			updatedAt: Date.parse('2026-11-20T10:00:00.000Z'),
		});
		expect(updatedStepIds(record!, [step('a', 'new'), step('b', 'new')])).toEqual([]);
		expect(parseRecord({ done: 'a', savedAt: 'never' }, address)).toBeNull();
	});

	it('flags ticked steps whose text changed since they were ticked', () => {
		let record = { ...emptyRecord(address, 1), stepIds: ['a', 'b'] };
		record = setStep(record, step('a', 'old'), true, 2);
		record = setStep(record, step('b', 'same'), true, 2);
		expect(updatedStepIds(record, [step('a', 'new'), step('b', 'same')])).toEqual(['a']);
	});

	it('counts only steps still on the page, but keeps the others until a reset', () => {
		let record = { ...emptyRecord(address, 1), stepIds: ['a'] };
		record = setStep(record, step('gone'), true, 2);
		record = setStep(record, step('a'), true, 3);
		expect(doneCount(record)).toBe(1);
		expect(Object.keys(record.steps)).toEqual(['gone', 'a']);
		const reset = resetRecord(record, 4);
		expect(reset.steps).toEqual({});
		expect(reset.updatedAt).toBe(4);
	});
});
