import { describe, expect, it } from 'vitest';
import { articleRouteData, listingRouteData, type RouteEntry } from './route-data.ts';

const article = (
	id: string,
	order: number,
	extra: Partial<RouteEntry['data']> = {}
): RouteEntry => ({
	id,
	filePath: `src/content/docs/${id}.mdx`,
	data: {
		title: `Title of ${id}`,
		description: `About ${id}, long enough to be a description.`,
		section: id === 'index' ? 'start' : 'fixes',
		order,
		lastReviewed: new Date('2026-11-20'),
		iosVersions: ['18'],
		devices: ['iPhone'],
		errors: [],
		sources: [],
		...extra,
	},
});

describe('articleRouteData', () => {
	const entries = [
		article('index', 0),
		article('fixes/a', 1, { navLabel: 'A', nextFix: 'b', timeToFix: 5 }),
		article('fixes/b', 2),
	];

	it('builds everything DocsLayout renders from the entry and its neighbours', () => {
		const route = articleRouteData(entries[1]!, entries, [
			{ depth: 2, slug: 'steps', text: 'Steps' },
		]);
		expect(route).toMatchObject({
			path: '/fixes/a/',
			title: 'Title of fixes/a',
			navLabel: 'A',
			isArticle: true,
			review: { iosVersions: ['18'], devices: ['iPhone'], timeToFix: 5 },
			toc: [{ slug: 'steps', text: 'Steps', children: [] }],
			prev: { label: 'Title of index', href: '/' },
			next: { label: 'Title of fixes/b', href: '/fixes/b/' },
			nextFix: { label: 'Title of fixes/b', href: '/fixes/b/' },
		});
		expect(route.crumbs.map((crumb) => crumb.label)).toEqual(['Home', 'Fixes', 'A']);
		expect(route.navigation.flatMap((section) => section.links).filter((l) => l.isCurrent)).toEqual(
			[{ label: 'A', href: '/fixes/a/', isCurrent: true }]
		);
	});

	it('fails the build, naming the file, when nextFix is not a fix', () => {
		const broken = article('fixes/c', 3, { nextFix: 'missing' });
		expect(() => articleRouteData(broken, [...entries, broken], [])).toThrow(
			/src\/content\/docs\/fixes\/c\.mdx: nextFix "missing"/
		);
	});
});

describe('listingRouteData', () => {
	it('gives a listing page no review line, no outline and no place in search', () => {
		const route = listingRouteData(
			{
				path: '/fixes/',
				title: 'All fixes',
				description: 'Every fix.',
				crumbs: [{ label: 'Home', href: '/' }, { label: 'Fixes' }],
			},
			[article('fixes/a', 1)]
		);
		expect(route).toMatchObject({ isArticle: false, errors: [], toc: [] });
		expect(route.review).toBeUndefined();
		expect(route.navigation.map((section) => section.id)).toEqual(['fixes']);
	});
});
