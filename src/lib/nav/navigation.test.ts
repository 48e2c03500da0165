import { describe, expect, it } from 'vitest';
import {
	buildNavigation,
	linkWindow,
	NAV_LINK_BUDGET,
	sortEntries,
	type NavSource,
} from './navigation.ts';

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

describe('buildNavigation with a link budget', () => {
	const fixes = Array.from({ length: 100 }, (_, index) =>
		entry(`fixes/f${index}`, 'fixes', index, `Fix ${index}`)
	);
	const site = [
		entry('index', 'start', 0, 'Start here'),
		...fixes,
		entry('errors', 'reference', 0),
	];
	const fixesIn = (nav: ReturnType<typeof buildNavigation>) =>
		nav.find((section) => section.id === 'fixes');

	it('lists every link, with no overview, while a section is within the budget', () => {
		const section = fixesIn(buildNavigation(site.slice(0, 17), '/fixes/f3/', { linkBudget: 16 }));
		expect(section?.links).toHaveLength(16);
		expect(section?.overview).toBeUndefined();
	});

	it('shows the budget around the current page, and links the section index', () => {
		const section = fixesIn(buildNavigation(site, '/fixes/f50/', { linkBudget: 10 }));
		expect(section?.links.map((link) => link.label)).toEqual(
			[45, 46, 47, 48, 49, 50, 51, 52, 53, 54].map((n) => `Fix ${n}`)
		);
		expect(section?.links.filter((link) => link.isCurrent).map((link) => link.href)).toEqual([
			'/fixes/f50/',
		]);
		expect(section?.overview).toEqual({ href: '/fixes/', total: 100, isCurrent: false });
	});

	it('keeps the window inside the section at either end', () => {
		const first = fixesIn(buildNavigation(site, '/fixes/f1/', { linkBudget: 10 }));
		expect(first?.links[0]?.label).toBe('Fix 0');
		const last = fixesIn(buildNavigation(site, '/fixes/f99/', { linkBudget: 10 }));
		expect(last?.links.map((link) => link.label).at(-1)).toBe('Fix 99');
		expect(last?.links).toHaveLength(10);
	});

	it('shows the first links on pages outside the section', () => {
		const section = fixesIn(buildNavigation(site, '/errors/', { linkBudget: 10 }));
		expect(section?.links[0]?.label).toBe('Fix 0');
		expect(section?.links.some((link) => link.isCurrent)).toBe(false);
	});

	it('marks the overview as the current page on the section index', () => {
		const section = fixesIn(buildNavigation(site, '/fixes/', { linkBudget: 10 }));
		expect(section?.overview?.isCurrent).toBe(true);
		expect(section?.links.some((link) => link.isCurrent)).toBe(false);
	});

	it('never shortens a section that has no index page to send readers to', () => {
		const references = Array.from({ length: 50 }, (_, index) =>
			entry(`ref${index}`, 'reference', index)
		);
		const nav = buildNavigation(references, '/', { linkBudget: 10 });
		expect(nav[0]?.links).toHaveLength(50);
		expect(nav[0]?.overview).toBeUndefined();
	});

	it('keeps the default budget above the 16 fixes the site has today', () => {
		expect(NAV_LINK_BUDGET).toBeGreaterThanOrEqual(16);
	});
});

describe('linkWindow', () => {
	it('returns everything when within budget, else a clamped window', () => {
		expect(linkWindow(5, 2, 10)).toEqual({ start: 0, end: 5 });
		expect(linkWindow(100, -1, 10)).toEqual({ start: 0, end: 10 });
		expect(linkWindow(100, 0, 10)).toEqual({ start: 0, end: 10 });
		expect(linkWindow(100, 97, 10)).toEqual({ start: 90, end: 100 });
	});
});
