import { describe, expect, it } from 'vitest';
import type { ChecklistIndex } from '../checklist/index-file.ts';
import { QR_MAX_LENGTH, continueFragment, readContinueFragment } from './continue-link.ts';
import { setOutcome } from './edits.ts';
import { doneIds, emptyRecord, setStep, type ProgressRecord } from './record.ts';

const NOW = Date.UTC(2026, 10, 30, 12);
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
	it('round-trips ticks and answers, with the step texts of this site', () => {
		const fragment = continueFragment([storage, wifi], index);
		const result = readContinueFragment(`#${fragment}`, index, NOW);
		if (!result.ok) throw new Error(result.message);
		const [first, second] = result.records;
		expect(doneIds(first!).sort()).toEqual(['open-icloud-settings', 'open-manage-storage']);
		expect(first!.steps['open-icloud-settings']).toMatchObject({
			done: true,
			hash: 'h-open-icloud-settings',
		});
		expect(first!.pageTitle).toBe('iCloud storage is full');
		expect(first!.stepIds).toHaveLength(4);
		expect(second!.outcome).toEqual({
			kind: 'not-fixed',
			at: Math.floor((NOW - 1000) / 1000) * 1000,
		});
	});

	it('stays well under the QR limit for a typical article, with no titles or step ids', () => {
		const fragment = continueFragment([storage], index);
		expect(fragment).toMatch(
			/^continue=1~fixes\/storage-full!check-icloud-storage!0\.[0-9a-z]+,2\.[0-9a-z]+!$/
		);
		const link = `https://backup-rescue.example/progress/#${fragment}`;
		expect(link.length).toBeLessThan(200);
		expect(link.length).toBeLessThan(QR_MAX_LENGTH);
	});

	it('leaves out steps and checklists the site no longer has, and records with nothing done', () => {
		const gone = ticked('/fixes/old-page/', 'old', ['a']);
		const partly = ticked('/fixes/storage-full/', 'upgrade-plan', ['a', 'removed']);
		const empty = {
			...emptyRecord({ page: '/fixes/wifi-network/', checklist: 'check-wifi' }, 1),
			stepIds: [],
		};
		expect(continueFragment([gone, partly, empty], index)).toMatch(
			/^continue=1~fixes\/storage-full!upgrade-plan!0\.[0-9a-z]+!$/
		);
	});

	it('refuses damaged, foreign, hostile or unknown links with a reason', () => {
		const refused = (fragment: string) => {
			const result = readContinueFragment(fragment, index, NOW);
			return result.ok ? '' : result.message;
		};
		const good = continueFragment([storage], index);
		expect(refused('#section-2')).toMatch(/does not carry any progress/);
		expect(refused('continue=1')).toMatch(/does not carry any progress/);
		expect(refused(`continue=${'1~'.padEnd(9000, 'x')}`)).toMatch(/too long/);
		expect(refused(good.replace('=1~', '=9~'))).toMatch(/newer version/);
		expect(refused(good.replace('=1~', '=x~'))).toMatch(/damaged/);
		expect(refused(good.replace('storage-full', 'no-such-page'))).toMatch(/Part 1/);
		expect(refused(good.replace('check-icloud-storage', 'constructor'))).toMatch(/Part 1/);
		expect(refused('continue=1~fixes/storage-full!check-icloud-storage!9.t4z1z4!')).toMatch(
			/Part 1/
		);
		expect(
			refused('continue=1~fixes/storage-full!check-icloud-storage!0.t4z1z4,0.t4z1z5!')
		).toMatch(/Part 1/);
		expect(refused('continue=1~fixes/storage-full!check-icloud-storage!!')).toMatch(/Part 1/);
		expect(refused('continue=1~fixes/storage-full!check-icloud-storage!0.zzzzzzzz!')).toMatch(
			/Part 1/
		);
		expect(refused('continue=1~fixes/storage-full!check-icloud-storage!0.t4z1z4!x.1')).toMatch(
			/Part 1/
		);
		expect(refused('continue=1~<img src=x onerror=alert(1)>!a!0.1!')).toMatch(/Part 1/);
		expect(refused('continue=1~%2F%2Fevil.example!check!0.1!')).toMatch(/Part 1/);
		expect(refused(`continue=1~${'/'.repeat(2)}evil.example!check-wifi!0.1!`)).toMatch(/Part 1/);
	});
});
