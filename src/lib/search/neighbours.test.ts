import { describe, expect, it } from 'vitest';
import { settleNeighbours } from './neighbours.ts';
import { buildTopicIndex, topicTerms } from './topic-match.ts';

const others = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({
	url: `/${name}/`,
	title: `Other topic ${name}`,
	description: 'Filler.',
}));
const index = buildTopicIndex(
	[
		...others,
		{ url: '/', title: 'Backups that fail', description: 'Start here.', overview: true as const },
		{
			url: '/fixes/backup-stuck/',
			title: 'My iCloud backup is stuck',
			description: 'It takes forever.',
		},
		{
			url: '/fixes/restore-problems/',
			title: 'I can’t restore my iPhone from iCloud',
			description: 'A restore stuck for days.',
		},
	],
	[],
	[]
);
const terms = (query: string) => topicTerms(query, []);

describe('settleNeighbours', () => {
	it('puts the close second first when only it names a word of the query in its title', () => {
		const ordered = [
			{ url: '/fixes/backup-stuck/', score: 1 },
			{ url: '/fixes/restore-problems/', score: 0.9 },
		];
		const settled = settleNeighbours(ordered, terms('icloud restore stuck forever'), index);
		expect(settled.map((entry) => entry.url)).toEqual([
			'/fixes/restore-problems/',
			'/fixes/backup-stuck/',
		]);
	});

	it('leaves a clear lead, a word both name, and overview pages alone', () => {
		const stuck = { url: '/fixes/backup-stuck/', score: 1 };
		const restore = { url: '/fixes/restore-problems/', score: 0.5 };
		expect(settleNeighbours([stuck, restore], terms('restore stuck'), index)[0]).toBe(stuck);
		// Each names a word the other lacks: the scores stand.
		const close = { ...restore, score: 0.9 };
		expect(settleNeighbours([stuck, close], terms('restore backup'), index)[0]).toBe(stuck);
		const start = { url: '/', score: 1 };
		expect(settleNeighbours([start, close], terms('restore fail'), index)[0]).toBe(start);
	});
});
