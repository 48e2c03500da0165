import { describe, expect, it } from 'vitest';
import { readIntent } from './intent.ts';
import { planQuery } from './query-plan.ts';
import { buildTopicIndex, rankTopics, stemAll } from './topic-match.ts';

const synonyms = [{ canonical: 'wi-fi', variants: ['wifi'] }];
const pages = [
	{
		url: '/',
		title: 'My iPhone won’t back up to iCloud',
		description: 'Start here.',
		overview: true as const,
		start: true as const,
	},
	{
		url: '/fixes/storage-full/',
		title: 'iCloud storage is full',
		description: 'Make room or buy more.',
	},
	{
		url: '/fixes/new-device/',
		title: 'Moving to a new iPhone without enough iCloud space',
		description: 'A temporary backup for the move.',
		symptoms: ['switch to a new phone', 'transfer to my new iPhone'],
	},
	{
		url: '/fixes/wifi-network/',
		title: 'My backup fails on Wi-Fi',
		description: 'Check the network.',
	},
	{
		url: '/fixes/backup-stuck/',
		title: 'My iCloud backup is stuck',
		description: 'Get it moving.',
	},
];
const errors = [
	{
		message: 'iPhone Backup Failed',
		url: '/fixes/storage-full/',
		alsoOn: ['/fixes/wifi-network/'],
	},
	{
		message:
			'This iPhone cannot be backed up because there is not enough iCloud storage available.',
		url: '/fixes/storage-full/',
	},
	{ message: 'Backing Up…', url: '/fixes/backup-stuck/' },
];
const data = {
	pages,
	errors,
	synonyms,
	vocabulary: {
		backup: 9,
		icloud: 9,
		storage: 3,
		full: 2,
		new: 2,
		phone: 5,
		transfer: 1,
		switch: 1,
		'wi-fi': 2,
		stuck: 1,
	},
	genericWords: ['backup', 'icloud'],
};
const index = buildTopicIndex(pages, errors, synonyms);
const intentOf = (query: string) => {
	const plan = planQuery(query, data);
	return readIntent(plan, rankTopics(stemAll(plan.terms), index), index);
};

describe('readIntent', () => {
	it('puts a message found inside a long sentence first, and may show it at once', () => {
		const intent = intentOf(
			'Every night I get a message that this iPhone cannot be backed up because there is not enough iCloud storage available, what do I do?'
		);
		expect(intent).toMatchObject({ first: '/fixes/storage-full/', instant: true });
	});

	it('lets the words around a short message name the problem: a new phone', () => {
		expect(intentOf('iPhone Backup Failed right before I switch to a new phone').first).toBe(
			'/fixes/new-device/'
		);
	});

	it('keeps a quoted alert decisive inside other words', () => {
		expect(intentOf('my phone shows “iPhone Backup Failed” – every morning').first).toBe(
			'/fixes/storage-full/'
		);
	});

	it('sends a query of only common words to the start page, as vague', () => {
		expect(intentOf('iphone not backing up to icloud')).toMatchObject({ first: '/', vague: true });
	});

	it('decides nothing for a query with no message and no restated phrase', () => {
		expect(intentOf('stuck wifi').first).toBeUndefined();
	});
});
