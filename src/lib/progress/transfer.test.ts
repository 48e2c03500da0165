import { describe, expect, it } from 'vitest';
import {
	MAX_IMPORT_BYTES,
	exportProgress,
	importMessage,
	mergeImport,
	parseImport,
} from './transfer.ts';
import { doneIds, emptyRecord, setOutcome, setStep, type ProgressRecord } from './record.ts';

const NOW = Date.UTC(2026, 10, 30);
const address = { page: '/fixes/wifi-network/', checklist: 'check-wifi' };
const step = (id: string) => ({ id, hash: 'h', text: `Step ${id}` });
const base = { ...emptyRecord(address, 1), stepIds: ['a', 'b', 'c'] };
const record = setStep(base, step('a'), true, 5);

/** A record with these steps ticked at these times. */
function tickedAt(ticks: Record<string, number>, from = base): ProgressRecord {
	return Object.entries(ticks).reduce((next, [id, at]) => setStep(next, step(id), true, at), from);
}

describe('progress export and import', () => {
	it('imports what it exported, without unticks, its times counted back from now by their age', () => {
		const withUntick = setStep(record, step('b'), false, 6);
		const result = parseImport(exportProgress([withUntick], 10), NOW);
		expect(result).toEqual({
			ok: true,
			records: [
				{
					...withUntick,
					steps: { a: { ...record.steps.a, at: NOW - 5 } },
					createdAt: NOW - 9,
					updatedAt: NOW - 4,
				},
			],
			leftOut: [],
		});
	});

	it('keeps a sender’s order whichever way its clock was wrong', () => {
		const DAY = 24 * 60 * 60 * 1000;
		for (const senderNow of [NOW - 365 * DAY, NOW - DAY, NOW + DAY]) {
			// The sender ticked a a minute before exporting; this device unticked a an hour ago.
			const file = exportProgress([tickedAt({ a: senderNow - 60_000 })], senderNow);
			const result = parseImport(file, NOW);
			if (!result.ok) throw new Error(result.message);
			const local = setStep(base, step('a'), false, NOW - 3_600_000);
			const outcome = mergeImport(() => local, result.records);
			expect(doneIds(outcome.changed[0]!), `sender at ${senderNow - NOW}`).toEqual(['a']);
		}
	});

	it('refuses files that are not ours, with a reason', () => {
		const refused = (text: string) => {
			const result = parseImport(text, NOW);
			return result.ok ? '' : result.message;
		};
		expect(refused('hello')).toMatch(/not JSON/);
		expect(refused('{"records":[]}')).toMatch(/not a Backup Rescue progress export/);
		expect(
			refused(JSON.stringify({ app: 'backup-rescue-progress', schema: 9, records: [] }))
		).toMatch(/newer version/);
		expect(refused('x'.repeat(MAX_IMPORT_BYTES + 1))).toMatch(/too large/);
		const tooMany = { app: 'backup-rescue-progress', schema: 2, records: Array(1001).fill(record) };
		expect(refused(JSON.stringify(tooMany))).toMatch(/more checklists/);
	});

	it('leaves out only the damaged records, or those leading off the site, and says why', () => {
		const file = JSON.parse(exportProgress([record, record], 10));
		file.records[1].steps = { a: { at: 'soon' } };
		const result = parseImport(JSON.stringify(file), NOW);
		expect(result).toMatchObject({
			ok: true,
			records: [{ page: record.page }],
			leftOut: [{ number: 2, reason: expect.stringMatching(/damaged/) }],
		});
		for (const page of ['javascript:alert(1)', '//2130706433', '//evil.example/']) {
			file.records[1] = { ...record, page };
			expect(parseImport(JSON.stringify(file), NOW), page).toMatchObject({
				records: [{ page: record.page }],
				leftOut: [{ number: 2, reason: 'it does not name a page of this site' }],
			});
		}
		file.records[1] = { ...record, updatedAt: 1e16 };
		expect(parseImport(JSON.stringify(file), NOW)).toMatchObject({ leftOut: [{ number: 2 }] });
		// A time in the future is no damage: it is read.
		file.records[1] = { ...record, updatedAt: NOW + 5 * 24 * 3600_000 };
		expect(parseImport(JSON.stringify(file), NOW)).toMatchObject({ leftOut: [] });
		const message = importMessage(
			mergeImport(() => null, [record]),
			{
				leftOut: [{ number: 2, reason: 'it is damaged or not in a format this site writes' }],
			}
		);
		expect(message).toBe(
			'Merged progress for 1 checklist: 1 step added. Checklist 2 in that file was left out: it is damaged or not in a format this site writes.'
		);
	});

	it('never says progress was merged when the browser is not keeping it', () => {
		const message = importMessage(
			mergeImport(() => null, [record]),
			{ kept: false }
		);
		expect(message).toMatch(
			/^Added progress for 1 checklist: 1 step added\. This browser is not saving/
		);
	});

	it('imports version-0 and version-1 records inside a file, migrated', () => {
		const file = {
			app: 'backup-rescue-progress',
			schema: 1,
			records: [
				{ ...address, done: ['a'], savedAt: '2026-11-01' },
				{ ...record, schema: 1, checklist: 'other', steps: { b: { at: 3, hash: '', text: '' } } },
			],
		};
		const result = parseImport(JSON.stringify(file), NOW);
		expect(result.ok && result.records[0]).toMatchObject({
			schema: 2,
			steps: { a: { done: true } },
		});
		expect(result.ok && doneIds(result.records[1]!)).toEqual(['b']);
	});
});

describe('merging an import', () => {
	const merge = (local: ProgressRecord | null, imported: ProgressRecord) =>
		mergeImport(() => local, [imported]);

	it('keeps the ticks of both devices (phone 1–2, iPad 3 later)', () => {
		const phone = tickedAt({ a: 10, b: 11 });
		const ipad = tickedAt({ c: 20 });
		const outcome = merge(phone, ipad);
		expect(doneIds(outcome.changed[0]!).sort()).toEqual(['a', 'b', 'c']);
		expect(outcome).toMatchObject({ checklists: 1, added: 1, keptHere: 0 });
		expect(importMessage(outcome)).toBe('Merged progress for 1 checklist: 1 step added.');
	});

	it('lets this device’s later untick or Reset stand, and says so', () => {
		const imported = tickedAt({ a: 10, b: 10 });
		const local = setStep(tickedAt({ c: 5 }), step('a'), false, 20);
		const outcome = merge(local, imported);
		expect(doneIds(outcome.changed[0]!).sort()).toEqual(['b', 'c']);
		expect(outcome).toMatchObject({ added: 1, keptHere: 1 });
		expect(importMessage(outcome)).toBe(
			'Merged progress for 1 checklist: 1 step added, and 1 step this device changed later was kept as it is.'
		);
	});

	it('never removes a tick here: the imported unticks and Resets are left out', () => {
		const local = tickedAt({ a: 10 });
		const imported = { ...setStep(base, step('a'), false, 50), clearedAt: 60 };
		const outcome = merge(local, imported);
		expect(outcome.changed).toEqual([]);
		expect(importMessage(outcome)).toMatch(/^Nothing new to import/);
	});

	it('changes nothing for a record with no ticks, and adds a later answer', () => {
		expect(merge(record, base).changed).toEqual([]);
		const answered = setOutcome(base, 'solved', 40);
		const outcome = merge(record, answered);
		expect(outcome.changed[0]?.outcome).toEqual({ kind: 'solved', at: 40 });
		expect(doneIds(outcome.changed[0]!)).toEqual(['a']);
	});

	it('takes a checklist this device has never seen as it is', () => {
		const outcome = merge(null, tickedAt({ a: 1, b: 2 }));
		expect(outcome).toMatchObject({ checklists: 1, added: 2 });
	});

	it('counts across checklists', () => {
		const other = { ...tickedAt({ a: 1 }), checklist: 'other' };
		const outcome = mergeImport(() => null, [tickedAt({ a: 1, b: 2 }), other]);
		expect(importMessage(outcome)).toBe('Merged progress for 2 checklists: 3 steps added.');
	});
});
