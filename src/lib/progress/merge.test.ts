import { describe, expect, it } from 'vitest';
import { hasNewer, mergeRecords } from './merge.ts';
import { doneIds, emptyRecord, setOutcome, setStep } from './record.ts';
import { resetRecord } from './edits.ts';

const address = { page: '/fixes/storage-full/', checklist: 'check-icloud-storage' };
const step = (id: string) => ({ id, hash: 'h', text: `Step ${id}` });
const base = { ...emptyRecord(address, 1), stepIds: ['a', 'b'] };

describe('merging two copies of a record', () => {
	it('keeps the later change of each step, whichever copy it is in', () => {
		const one = setStep(setStep(base, step('a'), true, 10), step('b'), true, 30);
		const two = setStep(setStep(base, step('a'), false, 20), step('b'), false, 25);
		for (const merged of [mergeRecords(one, two), mergeRecords(two, one)]) {
			expect(doneIds(merged)).toEqual(['b']);
			expect(merged.steps.a).toMatchObject({ done: false, at: 20 });
		}
		expect(mergeRecords(one, two)).toEqual(mergeRecords(two, one));
		expect(hasNewer(one, two)).toBe(true);
		expect(hasNewer(two, mergeRecords(one, two))).toBe(false);
		expect(hasNewer(mergeRecords(one, two), one)).toBe(true);
	});

	it('lets an untick win a tie, the same way in both tabs', () => {
		const ticked = setStep(base, step('a'), true, 10);
		const unticked = setStep(base, step('a'), false, 10);
		expect(doneIds(mergeRecords(ticked, unticked))).toEqual([]);
		expect(doneIds(mergeRecords(unticked, ticked))).toEqual([]);
	});

	it('applies the later Reset to ticks made before it, in either copy', () => {
		const before = setStep(base, step('a'), true, 10);
		const reset = resetRecord(setStep(base, step('b'), true, 5), 20);
		const after = setStep(base, step('b'), true, 30);
		expect(doneIds(mergeRecords(before, reset))).toEqual([]);
		expect(doneIds(mergeRecords(reset, after))).toEqual(['b']);
	});

	it('keeps the later answer, and a taken-back answer when that was later', () => {
		const solved = setOutcome(base, 'solved', 10);
		const takenBack = setOutcome(solved, null, 20);
		expect(mergeRecords(solved, takenBack).outcome).toBeNull();
		expect(mergeRecords(takenBack, setOutcome(base, 'not-fixed', 30)).outcome?.kind).toBe(
			'not-fixed'
		);
	});

	it('takes titles and outline from the copy that saw the page last', () => {
		const old = { ...base, pageTitle: 'Old', updatedAt: 5 };
		const fresh = { ...base, pageTitle: 'New', stepIds: ['a', 'c'], updatedAt: 9 };
		expect(mergeRecords(old, fresh)).toMatchObject({
			pageTitle: 'New',
			stepIds: ['a', 'c'],
			updatedAt: 9,
		});
	});

	it('keeps the titles and outline either copy knows, even when the newer copy lacks them', () => {
		const known = { ...base, pageTitle: 'Storage full', checklistTitle: 'Check', updatedAt: 5 };
		// A copy that came by link to a device that knew nothing else: newer, but without titles.
		const bare = { ...setStep(base, step('b'), true, 9), stepIds: [] as string[] };
		for (const merged of [mergeRecords(known, bare), mergeRecords(bare, known)]) {
			expect(merged).toMatchObject({
				pageTitle: 'Storage full',
				checklistTitle: 'Check',
				stepIds: ['a', 'b'],
			});
			expect(doneIds(merged)).toEqual(['b']);
		}
		expect(hasNewer(known, bare)).toBe(true);
	});
});
