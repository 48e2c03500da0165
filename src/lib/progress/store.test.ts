import { describe, expect, it, vi } from 'vitest';
import { recordKey } from './keys.ts';
import { migrateLegacyRecords } from './legacy.ts';
import { forgetAll, forgetSetAside, listRecords, recoverSetAside, setAsideCopies } from './list.ts';
import { doneIds, emptyRecord, isDone, setStep, type ProgressRecord } from './record.ts';
import { resetRecord } from './edits.ts';
import { createProgressStore } from './store.ts';
import { FakeWindow, MemoryStorage, throwingStorage } from './test-helpers.ts';

const storageFull = { page: '/fixes/storage-full/', checklist: 'check-icloud-storage' };
const wifi = { page: '/fixes/wifi-network/', checklist: 'check-wifi' };
const stepA = { id: 'a', hash: 'h', text: 'Open Settings' };
const stepB = { id: 'b', hash: 'h', text: 'Tap iCloud' };

function ticked(address = storageFull, at = 10): ProgressRecord {
	const record = { ...emptyRecord(address, at), stepIds: ['a', 'b'], pageTitle: 'A page' };
	return setStep(record, stepA, true, at);
}

/** Two tabs: two stores over one storage, each told of the other's writes like a browser does. */
function twoTabs() {
	const storage = new MemoryStorage();
	const [oneEvents, twoEvents] = [new FakeWindow(), new FakeWindow()];
	const one = createProgressStore({ storage, events: oneEvents });
	const two = createProgressStore({ storage, events: twoEvents });
	const deliver = (to: FakeWindow) =>
		to.dispatch({ key: recordKey(storageFull), storageArea: storage });
	return { storage, one, two, toOne: () => deliver(oneEvents), toTwo: () => deliver(twoEvents) };
}

describe('progress store', () => {
	it('saves and reads back a record', () => {
		const storage = new MemoryStorage();
		const store = createProgressStore({ storage });
		store.update(storageFull, () => ticked());
		expect(createProgressStore({ storage }).read(storageFull)).toEqual(ticked());
		expect(store.problem()).toBeNull();
	});

	it('makes each change on the latest stored copy', () => {
		const storage = new MemoryStorage();
		const store = createProgressStore({ storage });
		store.update(storageFull, (latest) => setStep(latest, stepA, true, 10));
		// Another tab's write, already in storage.
		const other = createProgressStore({ storage });
		other.update(storageFull, (latest) => setStep(latest, stepB, true, 11));
		store.update(storageFull, (latest) => ({ ...latest, pageTitle: 'Seen' }));
		const saved = createProgressStore({ storage }).read(storageFull)!;
		expect([isDone(saved, 'a'), isDone(saved, 'b')]).toEqual([true, true]);
	});

	it('sets corrupt JSON aside, warns, and keeps other checklists', () => {
		const storage = new MemoryStorage();
		storage.setItem(recordKey(storageFull), '{"schema":2,');
		storage.setItem(recordKey(wifi), JSON.stringify(ticked(wifi)));
		const warn = vi.fn();
		const store = createProgressStore({ storage, warn, now: () => 99 });
		expect(store.read(storageFull)).toBeNull();
		expect(storage.getItem(`${recordKey(storageFull)}:corrupt:99`)).toBe('{"schema":2,');
		expect(storage.getItem(recordKey(storageFull))).toBeNull();
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('unreadable progress'));
		expect(store.read(wifi)).toEqual(ticked(wifi));
		expect(listRecords(store)).toEqual([ticked(wifi)]);
	});

	it('sets aside a record with an impossible time or address, and lists the rest', () => {
		const storage = new MemoryStorage();
		storage.setItem(recordKey(storageFull), JSON.stringify({ ...ticked(), updatedAt: 1e16 }));
		storage.setItem(
			'backup-rescue:progress:v2://evil.example#check-wifi',
			JSON.stringify({ ...ticked(wifi), page: '//evil.example' })
		);
		storage.setItem(recordKey(wifi), JSON.stringify(ticked(wifi)));
		const warn = vi.fn();
		const store = createProgressStore({ storage, warn, now: () => 1000 });
		expect(listRecords(store)).toEqual([ticked(wifi)]);
		expect(warn).toHaveBeenCalledTimes(2);
	});

	it('moves version-0 and version-1 records to the current key, merged with what is there', () => {
		const storage = new MemoryStorage();
		const v0Key = 'backup-rescue:progress:/fixes/storage-full/#check-icloud-storage';
		const v1Key = 'backup-rescue:progress:v1:/fixes/wifi-network/#check-wifi';
		storage.setItem(v0Key, JSON.stringify({ done: ['a'], savedAt: '2026-11-01T00:00:00Z' }));
		storage.setItem(
			v1Key,
			JSON.stringify({ ...ticked(wifi), schema: 1, steps: { a: { at: 10, hash: 'h', text: 'x' } } })
		);
		const store = createProgressStore({ storage });
		// A tick made on this version before the move is kept beside the old one.
		store.update(wifi, (latest) => setStep(latest, stepB, true, 20));
		storage.setItem('backup-rescue:progress:v1:/fixes/x/#bad', '{"schema":1');
		migrateLegacyRecords(store, Date.UTC(2026, 10, 30));
		expect(listRecords(store)).toHaveLength(2);
		expect(storage.getItem(v0Key)).toBeNull();
		expect(storage.getItem(v1Key)).toBeNull();
		expect(doneIds(store.read(wifi)!).sort()).toEqual(['a', 'b']);
		expect(JSON.parse(storage.getItem(recordKey(storageFull)) ?? '')).toMatchObject({
			schema: 2,
			steps: { a: { done: true, hash: '' } },
		});
		expect([...storage.items.keys()].some((key) => key.includes(':corrupt:'))).toBe(true);
	});

	it('keeps working in memory when storage throws, and says storage is blocked', () => {
		const store = createProgressStore({ storage: throwingStorage });
		expect(store.problem()).toBe('blocked');
		expect(store.read(storageFull)).toBeNull();
		store.update(storageFull, () => ticked());
		expect(store.read(storageFull)).toEqual(ticked());
		expect(listRecords(store)).toEqual([ticked()]);
		forgetAll(store);
		expect(listRecords(store)).toEqual([]);
	});

	it('keeps working in memory when storage is unreachable or full, and says which', () => {
		const missing = createProgressStore({ storage: null });
		expect(missing.problem()).toBe('blocked');
		missing.update(storageFull, () => ticked());
		expect(missing.read(storageFull)).toEqual(ticked());

		const storage = new MemoryStorage();
		storage.setItem(recordKey(wifi), JSON.stringify(ticked(wifi)));
		storage.failWrites = true;
		const full = createProgressStore({ storage });
		expect(full.problem()).toBe('full');
		// What was saved before the quota ran out is still read.
		expect(full.read(wifi)).toEqual(ticked(wifi));
		full.update(storageFull, () => ticked());
		expect(full.read(storageFull)).toEqual(ticked());
	});

	it('tells subscribers about changes made here and in another tab', () => {
		const storage = new MemoryStorage();
		const events = new FakeWindow();
		const store = createProgressStore({ storage, events });
		const listener = vi.fn();
		const unsubscribe = store.subscribe(listener);

		store.update(storageFull, () => ticked());
		expect(listener).toHaveBeenLastCalledWith(recordKey(storageFull));

		// Another tab writes the record, then the browser fires `storage` here.
		storage.setItem(recordKey(wifi), JSON.stringify(ticked(wifi)));
		events.dispatch({ key: recordKey(wifi), storageArea: storage });
		expect(listener).toHaveBeenLastCalledWith(recordKey(wifi));
		expect(store.read(wifi)).toEqual(ticked(wifi));

		events.dispatch({ key: null, storageArea: storage });
		expect(listener).toHaveBeenLastCalledWith(null);
		events.dispatch({ key: 'theme', storageArea: storage });
		events.dispatch({ key: recordKey(storageFull), storageArea: {} });
		expect(listener).toHaveBeenCalledTimes(3);

		unsubscribe();
		events.dispatch({ key: null, storageArea: storage });
		expect(listener).toHaveBeenCalledTimes(3);
	});

	it('keeps both tabs’ ticks when their writes cross', () => {
		const { storage, one, two, toOne, toTwo } = twoTabs();
		one.read(storageFull);
		two.read(storageFull);
		// Both tabs tick at once: each writes before seeing the other's write.
		one.update(storageFull, (latest) => setStep(latest, stepA, true, 10));
		const oneWrite = storage.getItem(recordKey(storageFull));
		storage.items.delete(recordKey(storageFull));
		two.update(storageFull, (latest) => setStep(latest, stepB, true, 10));
		// Tab two's write won in storage; tab one hears of it and puts its own tick back.
		toOne();
		toTwo();
		expect(oneWrite).toContain('"a"');
		const saved = createProgressStore({ storage }).read(storageFull)!;
		expect([isDone(saved, 'a'), isDone(saved, 'b')]).toEqual([true, true]);
		expect(isDone(one.read(storageFull)!, 'b')).toBe(true);
	});

	it('ends a Reset against a tick in the state of the later action', () => {
		for (const [resetAt, tickAt, bDone] of [
			[20, 21, true],
			[21, 20, false],
		] as const) {
			const { storage, one, two, toOne, toTwo } = twoTabs();
			one.update(storageFull, (latest) => setStep(latest, stepA, true, 10));
			toTwo();
			one.update(storageFull, (latest) => resetRecord(latest, resetAt));
			storage.items.set(recordKey(storageFull), JSON.stringify(ticked(storageFull, 10)));
			two.update(storageFull, (latest) => setStep(latest, stepB, true, tickAt));
			toOne();
			toTwo();
			const saved = createProgressStore({ storage }).read(storageFull)!;
			expect(isDone(saved, 'a'), `reset at ${resetAt}`).toBe(false);
			expect(isDone(saved, 'b'), `tick at ${tickAt}`).toBe(bDone);
		}
	});

	it('forgets in every tab when one tab forgets all', () => {
		const { storage, one, two, toTwo } = twoTabs();
		one.update(storageFull, () => ticked());
		toTwo();
		forgetAll(one);
		toTwo();
		expect(storage.getItem(recordKey(storageFull))).toBeNull();
		expect(two.read(storageFull)).toBeNull();
	});

	it('lists records newest first and forgets them all, keeping set-aside copies for the reader', () => {
		const storage = new MemoryStorage();
		storage.setItem('theme', 'dark');
		storage.setItem(`${recordKey(wifi)}:corrupt:1`, 'x');
		const store = createProgressStore({ storage });
		store.update(storageFull, () => ticked(storageFull, 10));
		store.update(wifi, () => ticked(wifi, 20));
		expect(listRecords(store).map((record) => record.checklist)).toEqual([
			'check-wifi',
			'check-icloud-storage',
		]);
		expect(forgetAll(store)).toBe(1);
		expect([...storage.items.keys()].sort()).toEqual([`${recordKey(wifi)}:corrupt:1`, 'theme']);
		expect(setAsideCopies(store)).toEqual([
			{ key: `${recordKey(wifi)}:corrupt:1`, address: wifi, text: 'x' },
		]);
		forgetSetAside(store);
		expect([...storage.items.keys()]).toEqual(['theme']);
	});

	it('takes back a set-aside copy that can be read now, merged with what is there', () => {
		const storage = new MemoryStorage();
		const DAY = 24 * 60 * 60 * 1000;
		const now = Date.UTC(2026, 11, 6);
		// An older version set this aside: ticked on a clock two days ahead.
		const ahead = setStep(ticked(storageFull, 10), stepB, true, now + 2 * DAY);
		storage.setItem(`${recordKey(storageFull)}:corrupt:5`, JSON.stringify(ahead));
		storage.setItem(`${recordKey(wifi)}:corrupt:6`, '{"schema":2,');
		const store = createProgressStore({ storage, now: () => now });
		store.update(storageFull, (latest, at) => setStep(latest, stepA, false, at));
		expect(recoverSetAside(store, now)).toBe(1);
		const record = store.read(storageFull)!;
		// The later untick here stays; the tick of b comes back, no later than now.
		expect([isDone(record, 'a'), isDone(record, 'b')]).toEqual([false, true]);
		expect(record.steps.b!.at).toBeLessThanOrEqual(now);
		expect(setAsideCopies(store).map((copy) => copy.key)).toEqual([`${recordKey(wifi)}:corrupt:6`]);
	});

	it('says storage is full only while it is: a write that works clears it and saves what waited', () => {
		const storage = new MemoryStorage();
		storage.failWrites = true;
		const store = createProgressStore({ storage });
		store.update(storageFull, () => ticked());
		expect(store.problem()).toBe('full');
		storage.failWrites = false;
		store.update(wifi, () => ticked(wifi));
		expect(store.problem()).toBeNull();
		// The record kept in memory meanwhile is in storage now.
		expect(createProgressStore({ storage }).read(storageFull)).toEqual(ticked());
	});

	it('gives each change a time after everything in the record, when the clock went back', () => {
		const storage = new MemoryStorage();
		let clock = 1_000_000;
		const store = createProgressStore({ storage, now: () => clock });
		const ticked = store.update(storageFull, (latest, at) => setStep(latest, stepA, true, at));
		clock -= 60_000;
		const record = store.update(storageFull, (latest, at) => setStep(latest, stepA, false, at));
		expect(isDone(record, 'a')).toBe(false);
		// Just after the tick, not a minute before it.
		expect(record.steps.a!.at).toBe(ticked.steps.a!.at + 1);
	});
});
