import { describe, expect, it } from 'vitest';
import { buildTopicIndex, isVague, rankTopics, stemAll, topicTerms } from './topic-match.ts';

const synonyms = [{ canonical: 'wi-fi', variants: ['wifi'] }];
const pages = [
	{
		url: '/',
		title: 'My iPhone won’t back up to iCloud',
		description: 'Start here.',
		overview: true as const,
	},
	{
		url: '/fixes/storage-full/',
		title: 'iCloud storage is full',
		description: 'Check how full iCloud is.',
		symptoms: ['out of iCloud space'],
	},
	{
		url: '/fixes/wifi-network/',
		title: 'My backup fails on Wi-Fi',
		description: 'Test your connection.',
		symptoms: ['hotel wifi with a sign-in page'],
	},
	{
		url: '/fixes/backup-stuck/',
		title: 'My iCloud backup is stuck',
		description: 'Get it moving again.',
	},
];
const errors = [{ message: 'Not Enough Storage', url: '/fixes/storage-full/' }];
const index = buildTopicIndex(pages, errors, synonyms);
const rank = (query: string) => rankTopics(topicTerms(query, synonyms), index);

describe('topicTerms', () => {
	it('rewrites synonyms, drops stopwords and stems', () => {
		expect(topicTerms('my wifi keeps failing', synonyms)).toEqual(['wi-fi', 'fail']);
		expect(stemAll(['failed', 'failing'])).toEqual(['fail']);
	});
});

describe('rankTopics', () => {
	it('ranks the page whose reader phrasing the query restates first, whatever the filler', () => {
		const [first] = rank('so I am at a hotel and the wifi there has a sign-in page, help');
		expect(first?.url).toBe('/fixes/wifi-network/');
		expect(first?.phrase).toBeGreaterThan(0.75);
	});

	it('weighs a rare topic word over words on every page', () => {
		expect(rank('icloud backup space')[0]?.url).toBe('/fixes/storage-full/');
	});

	it('of two phrases restated, prefers the one that explains more of the query', () => {
		const others = ['c', 'd', 'e', 'f', 'g', 'h'].map((name) => ({
			url: `/${name}/`,
			title: `Other topic ${name}`,
			description: 'Filler.',
		}));
		const neighbours = buildTopicIndex(
			[
				...pages.filter((page) => page.url !== '/fixes/wifi-network/'),
				...others,
				{ url: '/a/', title: 'Every step', description: 'One.' },
				{ url: '/b/', title: 'Network names', description: 'Two.' },
				{
					url: '/fixes/wifi-network/',
					title: 'My backup fails on Wi-Fi',
					description: 'Every network differs.',
				},
				{
					url: '/fixes/reset-network-settings/',
					title: 'The backup fails on every Wi-Fi network, so reset network settings',
					description: 'Clear saved networks.',
				},
			],
			[],
			synonyms
		);
		const [first, second] = rankTopics(
			topicTerms('my backup fails on every wifi network', synonyms),
			neighbours
		);
		expect(first?.url).toBe('/fixes/reset-network-settings/');
		// Restated more fully, but it says nothing of the reader's "every … network".
		expect(second?.url).toBe('/fixes/wifi-network/');
		expect(second?.phrase).toBeGreaterThan(first?.phrase ?? 1);
	});

	it('leaves out pages that match nothing', () => {
		expect(rank('qqq zzz')).toEqual([]);
	});
});

describe('isVague', () => {
	it('is true when every known word is on many pages, false for a telling word or none known', () => {
		expect(isVague(topicTerms('icloud backup', synonyms), index)).toBe(true);
		expect(isVague(topicTerms('icloud backup stuck', synonyms), index)).toBe(false);
		expect(isVague(topicTerms('qqq', synonyms), index)).toBe(false);
	});
});
