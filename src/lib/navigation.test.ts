import { describe, expect, it } from 'vitest';
import { buildNavigation, sortEntries, type NavSource } from './navigation';

const entry = (
	id: string,
	section: NavSource['data']['section'],
	order: number,
	title = id
): NavSource => ({
	id,
	data: { title, section, order },
});

describe('sortEntries', () => {
	it('orders by section, then front-matter order, then title, ignoring file names', () => {
		const sorted = sortEntries([
			entry('errors', 'reference', 0),
			entry('fixes/zebra', 'fixes', 1),
			entry('fixes/apple', 'fixes', 2, 'Apple'),
			entry('fixes/b', 'fixes', 2, 'Beta'),
			entry('index', 'start', 5),
		]);
		expect(sorted.map((e) => e.id)).toEqual([
			'index',
			'fixes/zebra',
			'fixes/apple',
			'fixes/b',
			'errors',
		]);
	});
});

describe('buildNavigation', () => {
	const entries = [
		entry('index', 'start', 0, 'Start here'),
		entry('fixes/storage-full', 'fixes', 10, 'Storage is full'),
		entry('fixes/wifi-network', 'fixes', 20, 'Wi-Fi'),
	];

	it('groups links by section in the fixed section order and drops empty sections', () => {
		const nav = buildNavigation(entries, '/');
		expect(nav.map((section) => section.label)).toEqual(['Start here', 'Fixes']);
		expect(nav[1]?.links.map((link) => link.href)).toEqual([
			'/fixes/storage-full/',
			'/fixes/wifi-network/',
		]);
	});

	it('marks exactly the current page, with or without a trailing slash', () => {
		const nav = buildNavigation(entries, '/fixes/wifi-network');
		const current = nav.flatMap((section) => section.links).filter((link) => link.isCurrent);
		expect(current.map((link) => link.label)).toEqual(['Wi-Fi']);
		expect(nav.find((section) => section.id === 'fixes')?.hasCurrent).toBe(true);
		expect(nav.find((section) => section.id === 'start')?.hasCurrent).toBe(false);
	});

	it('uses navLabel over title when given', () => {
		const nav = buildNavigation(
			[
				{
					id: 'fixes/x',
					data: { title: 'A long title', navLabel: 'Short', section: 'fixes', order: 1 },
				},
			],
			'/'
		);
		expect(nav[0]?.links[0]?.label).toBe('Short');
	});
});
