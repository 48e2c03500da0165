import { describe, expect, it } from 'vitest';
import { buildChecklistIndex } from './index-file.ts';
import { KEY_LENGTH, stepKey } from './step-key.ts';
import v1Orders from '../../data/continue-link-v1-steps.json';

const step = (id: string) => ({ id, hash: 'h', text: id });

describe('step keys', () => {
	it('are four base-36 characters, the same for the same id', () => {
		expect(stepKey('open-icloud-settings')).toMatch(/^[0-9a-z]{4}$/);
		expect(stepKey('open-icloud-settings')).toBe(stepKey('open-icloud-settings'));
		expect(stepKey('open-icloud-settings')).not.toBe(stepKey('read-storage-bar'));
		expect(stepKey('a')).toHaveLength(KEY_LENGTH);
	});

	it('fail the build when two steps of a checklist share one', () => {
		// Find two ids with one key, as a later step might.
		const seen = new Map<string, string>();
		let pair: [string, string] | undefined;
		for (let n = 0; !pair; n++) {
			const id = `step-${n}`;
			const other = seen.get(stepKey(id));
			if (other) pair = [other, id];
			seen.set(stepKey(id), id);
		}
		const page = { page: '/fixes/x/', title: 'X', checklists: [] };
		const clash = { id: 'c', title: 'C', steps: pair.map(step) };
		expect(() => buildChecklistIndex([{ ...page, checklists: [clash] }])).toThrow(
			/share the link key/
		);
	});

	it('are distinct within every checklist the first link format knew', () => {
		for (const checklists of Object.values(v1Orders as Record<string, Record<string, string[]>>)) {
			for (const ids of Object.values(checklists)) {
				expect(new Set(ids.map(stepKey)).size).toBe(ids.length);
			}
		}
	});

	it('keep the first format’s order in the index only where it differs from today’s', () => {
		const page = (ids: string[]) => ({
			page: '/fixes/x/',
			title: 'X',
			checklists: [{ id: 'c', title: 'C', steps: ids.map(step) }],
		});
		const orders = { '/fixes/x/': { c: ['a', 'c'] } };
		expect(
			buildChecklistIndex([page(['a', 'c'])], orders).pages[0]!.checklists[0]!.v1
		).toBeUndefined();
		expect(
			buildChecklistIndex([page(['a', 'b', 'c'])], orders).pages[0]!.checklists[0]!.v1
		).toEqual(['a', 'c']);
	});
});
