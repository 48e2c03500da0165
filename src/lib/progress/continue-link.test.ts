import { describe, expect, it } from 'vitest';
import type { ChecklistIndex } from '../checklist/index-file.ts';
import { stepKey } from '../checklist/step-key.ts';
import { QR_MAX_LENGTH, continueFragment, readContinueFragment } from './continue-link.ts';
import { doneIds, emptyRecord, setOutcome, setStep, type ProgressRecord } from './record.ts';

const NOW = Date.UTC(2026, 10, 30, 12);
const DAY = 24 * 60 * 60 * 1000;
const step = (id: string) => ({ id, hash: `h-${id}`, text: `Do ${id}.` });
const index: ChecklistIndex = {
	pages: [
		{
			page: '/fixes/storage-full/',
			title: 'iCloud storage is full',
			checklists: [
				{
					id: 'check-icloud-storage',
					title: 'Check your iCloud storage',
					steps: [
						'open-icloud-settings',
						'read-storage-bar',
						'open-manage-storage',
						'find-backups-line',
					].map(step),
				},
				{ id: 'upgrade-plan', title: 'Upgrade', steps: ['a', 'b'].map(step) },
			],
		},
		{
			page: '/fixes/wifi-network/',
			title: 'Wi-Fi',
			checklists: [{ id: 'check-wifi', title: 'Check Wi-Fi', steps: ['x', 'y', 'z'].map(step) }],
		},
	],
};

function ticked(page: string, checklist: string, ids: string[], at = NOW - 60_000): ProgressRecord {
	return ids.reduce((record, id, offset) => setStep(record, step(id), true, at + offset * 1000), {
		...emptyRecord({ page, checklist }, at),
		stepIds: ids,
	});
}

const storage = ticked('/fixes/storage-full/', 'check-icloud-storage', [
	'open-icloud-settings',
	'open-manage-storage',
]);
const wifi = setOutcome(
	ticked('/fixes/wifi-network/', 'check-wifi', ['y']),
	'not-fixed',
	NOW - 1000
);

describe('continue link', () => {
	it('round-trips ticks and answers, with the step texts and titles of this site', () => {
		const fragment = continueFragment([storage, wifi], index, NOW);
		// Opened ten minutes later on a device whose clock is a day behind the sender's.
		const opened = NOW - DAY + 10 * 60_000;
		const result = readContinueFragment(`#${fragment}`, index, opened);
		if (!result.ok) throw new Error(result.message);
		expect(result.leftOut).toEqual([]);
		const [first, second] = result.records;
		expect(doneIds(first!).sort()).toEqual(['open-icloud-settings', 'open-manage-storage']);
		expect(first!.steps['open-icloud-settings']).toMatchObject({
			done: true,
			hash: 'h-open-icloud-settings',
			// Its age (a minute) counted back from when it was opened, on the receiving clock.
			at: opened - 60_000,
		});
		expect(first!.pageTitle).toBe('iCloud storage is full');
		expect(first!.checklistTitle).toBe('Check your iCloud storage');
		expect(first!.stepIds).toHaveLength(4);
		expect(second!.outcome).toEqual({ kind: 'not-fixed', at: opened - 1000 });
	});

	it('stays well under the QR limit for a typical article, with no titles or step ids', () => {
		const fragment = continueFragment([storage], index, NOW);
		const [a, b] = [stepKey('open-icloud-settings'), stepKey('open-manage-storage')];
		expect(fragment).toBe(`continue=2~fixes/storage-full!check-icloud-storage!${a}.1o,${b}.1n!`);
		const link = `https://backup-rescue.example/progress/#${fragment}`;
		expect(link.length).toBeLessThan(200);
		expect(link.length).toBeLessThan(QR_MAX_LENGTH);
	});

	it('names steps by id, so a step inserted by a later build moves nothing', () => {
		const fragment = continueFragment([storage], index, NOW);
		const later = structuredClone(index);
		later.pages[0]!.checklists[0]!.steps.splice(1, 0, step('new-first-check'));
		const result = readContinueFragment(fragment, later, NOW);
		expect(result.ok && doneIds(result.records[0]!).sort()).toEqual([
			'open-icloud-settings',
			'open-manage-storage',
		]);
		// A step removed since: the rest still comes across, and the count says what was left out.
		const removed = structuredClone(index);
		removed.pages[0]!.checklists[0]!.steps.splice(2, 1);
		const partly = readContinueFragment(fragment, removed, NOW);
		expect(partly.ok && doneIds(partly.records[0]!)).toEqual(['open-icloud-settings']);
		expect(partly.ok && partly.goneSteps).toBe(1);
	});

	it('reads links of the first format by the positions steps had then', () => {
		// Made before "read-storage-bar" was inserted at position 1: positions 1 and 2 were
		// "open-manage-storage" and "find-backups-line".
		const v1 = 'continue=1~fixes/storage-full!check-icloud-storage!1.t4z1z4,2.t4z1z5!s.t4z1z6';
		const before = structuredClone(index);
		before.pages[0]!.checklists[0]!.v1 = [
			'open-icloud-settings',
			'open-manage-storage',
			'find-backups-line',
		];
		const result = readContinueFragment(v1, before, NOW);
		expect(result.ok && doneIds(result.records[0]!).sort()).toEqual([
			'find-backups-line',
			'open-manage-storage',
		]);
		expect(result.ok && result.records[0]!.outcome?.kind).toBe('solved');
		// Without a frozen order, positions are today's.
		const today = readContinueFragment(v1, index, NOW);
		expect(today.ok && doneIds(today.records[0]!).sort()).toEqual([
			'open-manage-storage',
			'read-storage-bar',
		]);
		// Its absolute times, if in the future here, are brought back to now.
		const ahead = `continue=1~fixes/storage-full!check-icloud-storage!0.${Math.floor((NOW + DAY) / 1000).toString(36)}!`;
		const clamped = readContinueFragment(ahead, index, NOW);
		expect(clamped.ok && clamped.records[0]!.steps['open-icloud-settings']!.at).toBe(NOW);
	});

	it('leaves out steps and checklists the site no longer has, and records with nothing done', () => {
		const gone = ticked('/fixes/old-page/', 'old', ['a']);
		const partly = ticked('/fixes/storage-full/', 'upgrade-plan', ['a', 'removed']);
		const empty = {
			...emptyRecord({ page: '/fixes/wifi-network/', checklist: 'check-wifi' }, 1),
			stepIds: [],
		};
		expect(continueFragment([gone, partly, empty], index, NOW)).toMatch(
			new RegExp(`^continue=2~fixes/storage-full!upgrade-plan!${stepKey('a')}\\.[0-9a-z]+!$`)
		);
	});

	it('reads the good parts of a link and names what was left out and why', () => {
		const good = continueFragment([storage], index, NOW);
		const mixed = `${good}~fixes/no-such-page!x!${stepKey('a')}.1!~fixes/wifi-network!check-wifi!zz!`;
		const result = readContinueFragment(mixed, index, NOW);
		if (!result.ok) throw new Error(result.message);
		expect(result.records).toHaveLength(1);
		expect(result.leftOut).toEqual([
			{ number: 2, reason: 'it names a checklist this site doesn’t have' },
			{ number: 3, reason: 'it is damaged' },
		]);
	});

	it('refuses damaged, foreign, hostile or unknown links with a reason', () => {
		const refused = (fragment: string) => {
			const result = readContinueFragment(fragment, index, NOW);
			return result.ok ? '' : result.message;
		};
		const good = continueFragment([storage], index, NOW);
		const key = stepKey('open-icloud-settings');
		expect(refused('#section-2')).toMatch(/does not carry any progress/);
		expect(refused('continue=2')).toMatch(/does not carry any progress/);
		expect(refused(`continue=${'2~'.padEnd(9000, 'x')}`)).toMatch(/too long/);
		expect(refused(good.replace('=2~', '=9~'))).toMatch(/newer version/);
		expect(refused(good.replace('=2~', '=x~'))).toMatch(/damaged/);
		expect(refused(good.replace('storage-full', 'no-such-page'))).toMatch(
			/checklist 1: it names a checklist/
		);
		expect(refused(good.replace('check-icloud-storage', 'constructor'))).toMatch(/checklist 1: /);
		expect(refused('continue=1~fixes/storage-full!check-icloud-storage!9.t4z1z4!')).toMatch(
			/checklist 1: it names only steps/
		);
		expect(
			refused(`continue=2~fixes/storage-full!check-icloud-storage!${key}.1,${key}.2!`)
		).toMatch(/checklist 1: it is damaged/);
		expect(refused('continue=2~fixes/storage-full!check-icloud-storage!!')).toMatch(
			/checklist 1: /
		);
		expect(refused(`continue=2~fixes/storage-full!check-icloud-storage!${key}.zzzzzzzzz!`)).toMatch(
			/checklist 1: /
		);
		expect(refused(`continue=2~fixes/storage-full!check-icloud-storage!${key}.1!x.1`)).toMatch(
			/checklist 1: /
		);
		expect(refused('continue=2~<img src=x onerror=alert(1)>!a!0.1!')).toMatch(/checklist 1: /);
		expect(refused('continue=2~%2F%2Fevil.example!check!0.1!')).toMatch(/checklist 1: /);
		expect(refused(`continue=2~${'/'.repeat(2)}evil.example!check-wifi!0.1!`)).toMatch(
			/checklist 1: /
		);
	});
});
