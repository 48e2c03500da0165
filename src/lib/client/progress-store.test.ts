import { describe, expect, it, vi } from 'vitest';
import { createProgressStore } from './progress-store';
import { forgetAll, listRecords } from './progress-list';
import { emptyRecord, legacyKey, recordKey, setStep, type ProgressRecord } from './progress-record';
import { FakeWindow, MemoryStorage, throwingStorage } from './progress-test-helpers';

const storageFull = { page: '/fixes/storage-full/', checklist: 'check-icloud-storage' };
const wifi = { page: '/fixes/wifi-network/', checklist: 'check-wifi' };

function ticked(address = storageFull, at = 10): ProgressRecord {
	const record = { ...emptyRecord(address, at), stepIds: ['a', 'b'], pageTitle: 'A page' };
	return setStep(record, { id: 'a', hash: 'h', text: 'Open Settings' }, true, at);
}

describe('progress store', () => {
	it('saves and reads back a record', () => {
		const storage = new MemoryStorage();
		const store = createProgressStore({ storage });
		store.write(ticked());
		expect(createProgressStore({ storage }).read(storageFull)).toEqual(ticked());
		expect(store.isPersistent()).toBe(true);
	});

	it('removes a record once nothing is ticked', () => {
		const storage = new MemoryStorage();
		const store = createProgressStore({ storage });
		store.write(ticked());
		store.write(emptyRecord(storageFull, 20));
		expect(storage.getItem(recordKey(storageFull))).toBeNull();
	});

	it('sets corrupt JSON aside, warns, and keeps other checklists', () => {
		const storage = new MemoryStorage();
		storage.setItem(recordKey(storageFull), '{"schema":1,');
		storage.setItem(recordKey(wifi), JSON.stringify(ticked(wifi)));
		const warn = vi.fn();
		const store = createProgressStore({ storage, warn, now: () => 99 });
		expect(store.read(storageFull)).toBeNull();
		expect(storage.getItem(`${recordKey(storageFull)}:corrupt:99`)).toBe('{"schema":1,');
		expect(storage.getItem(recordKey(storageFull))).toBeNull();
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('unreadable progress'));
		expect(store.read(wifi)).toEqual(ticked(wifi));
		expect(listRecords(store)).toEqual([ticked(wifi)]);
	});

	it('sets aside a record of the wrong shape', () => {
		const storage = new MemoryStorage();
		storage.setItem(recordKey(storageFull), JSON.stringify({ schema: 1, steps: 'all of them' }));
		const warn = vi.fn();
		expect(createProgressStore({ storage, warn, now: () => 5 }).read(storageFull)).toBeNull();
		expect(storage.getItem(`${recordKey(storageFull)}:corrupt:5`)).not.toBeNull();
		expect(warn).toHaveBeenCalledOnce();
	});

	it('migrates a version-0 record to the current key on first read', () => {
		const storage = new MemoryStorage();
		storage.setItem(
			legacyKey(storageFull),
			JSON.stringify({ done: ['a'], savedAt: '2026-11-01T00:00:00Z' })
		);
		const store = createProgressStore({ storage });
		expect(listRecords(store)).toHaveLength(1);
		expect(storage.getItem(legacyKey(storageFull))).toBeNull();
		expect(JSON.parse(storage.getItem(recordKey(storageFull)) ?? '')).toMatchObject({
			schema: 1,
			steps: { a: { hash: '' } },
		});
	});

	it('keeps working in memory when storage throws, and says it is not saving', () => {
		const store = createProgressStore({ storage: throwingStorage });
		expect(store.isPersistent()).toBe(false);
		expect(store.read(storageFull)).toBeNull();
		store.write(ticked());
		expect(store.read(storageFull)).toEqual(ticked());
		expect(listRecords(store)).toEqual([ticked()]);
		forgetAll(store);
		expect(listRecords(store)).toEqual([]);
	});

	it('keeps working in memory when storage is unreachable or full', () => {
		const missing = createProgressStore({ storage: null });
		missing.write(ticked());
		expect(missing.read(storageFull)).toEqual(ticked());

		const storage = new MemoryStorage();
		storage.setItem(recordKey(wifi), JSON.stringify(ticked(wifi)));
		storage.failWrites = true;
		const full = createProgressStore({ storage });
		expect(full.isPersistent()).toBe(false);
		// What was saved before the quota ran out is still read.
		expect(full.read(wifi)).toEqual(ticked(wifi));
		full.write(ticked());
		expect(full.read(storageFull)).toEqual(ticked());
	});

	it('tells subscribers about changes made in another tab', () => {
		const storage = new MemoryStorage();
		const events = new FakeWindow();
		const store = createProgressStore({ storage, events });
		const listener = vi.fn();
		const unsubscribe = store.subscribe(listener);

		// Another tab writes the record, then the browser fires `storage` here.
		storage.setItem(recordKey(storageFull), JSON.stringify(ticked()));
		events.dispatch({ key: recordKey(storageFull), storageArea: storage });
		expect(listener).toHaveBeenLastCalledWith(recordKey(storageFull));
		expect(store.read(storageFull)).toEqual(ticked());

		events.dispatch({ key: null, storageArea: storage });
		expect(listener).toHaveBeenLastCalledWith(null);
		events.dispatch({ key: 'theme', storageArea: storage });
		events.dispatch({ key: recordKey(storageFull), storageArea: {} });
		expect(listener).toHaveBeenCalledTimes(2);

		unsubscribe();
		events.dispatch({ key: null, storageArea: storage });
		expect(listener).toHaveBeenCalledTimes(2);
	});

	it('lists records newest first and forgets them all, set-aside copies included', () => {
		const storage = new MemoryStorage();
		storage.setItem('theme', 'dark');
		storage.setItem(`${recordKey(wifi)}:corrupt:1`, 'x');
		const store = createProgressStore({ storage });
		store.write(ticked(storageFull, 10));
		store.write(ticked(wifi, 20));
		expect(listRecords(store).map((record) => record.checklist)).toEqual([
			'check-wifi',
			'check-icloud-storage',
		]);
		forgetAll(store);
		expect([...storage.items.keys()]).toEqual(['theme']);
	});
});
