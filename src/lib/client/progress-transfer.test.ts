import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, exportProgress, mergeImport, parseImport } from './progress-transfer';
import { emptyRecord, setStep } from './progress-record';

const record = setStep(
	{ ...emptyRecord({ page: '/fixes/wifi-network/', checklist: 'check-wifi' }, 1), stepIds: ['a'] },
	{ id: 'a', hash: 'h', text: 'Open Settings > Wi-Fi' },
	true,
	5
);

describe('progress export and import', () => {
	it('imports what it exported', () => {
		const result = parseImport(exportProgress([record], 10));
		expect(result).toEqual({ ok: true, records: [record] });
	});

	it('refuses files that are not ours, with a reason', () => {
		const refused = (text: string) => {
			const result = parseImport(text);
			return result.ok ? '' : result.message;
		};
		expect(refused('hello')).toMatch(/not JSON/);
		expect(refused('{"records":[]}')).toMatch(/not a Backup Rescue progress export/);
		expect(
			refused(JSON.stringify({ app: 'backup-rescue-progress', schema: 9, records: [] }))
		).toMatch(/newer version/);
		expect(refused('x'.repeat(MAX_IMPORT_BYTES + 1))).toMatch(/too large/);
		const tooMany = { app: 'backup-rescue-progress', schema: 1, records: Array(1001).fill(record) };
		expect(refused(JSON.stringify(tooMany))).toMatch(/more checklists/);
	});

	it('refuses the whole file when one record is damaged', () => {
		const file = JSON.parse(exportProgress([record, record], 10));
		file.records[1].steps = { a: { at: 'soon' } };
		const result = parseImport(JSON.stringify(file));
		expect(result).toEqual({ ok: false, message: expect.stringMatching(/Checklist 2/) });
		file.records[1] = { ...record, page: 'javascript:alert(1)' };
		expect(parseImport(JSON.stringify(file)).ok).toBe(false);
	});

	it('imports version-0 records inside a file, migrated', () => {
		const file = {
			app: 'backup-rescue-progress',
			schema: 0,
			records: [
				{
					page: '/fixes/wifi-network/',
					checklist: 'check-wifi',
					done: ['a'],
					savedAt: '2026-11-01',
				},
			],
		};
		const result = parseImport(JSON.stringify(file));
		expect(result.ok && result.records[0]).toMatchObject({ schema: 1, steps: { a: { hash: '' } } });
	});

	it('does not let an older import overwrite newer progress on this device', () => {
		const newer = { ...record, updatedAt: 50 };
		expect(mergeImport([newer], [record])).toEqual([]);
		expect(mergeImport([record], [newer])).toEqual([newer]);
		expect(mergeImport([], [record])).toEqual([record]);
	});
});
