import { describe, expect, it } from 'vitest';
import type { DocsData } from '../content/docs-schema.ts';
import type { RouteData } from '../nav/route-data.ts';
import { articleStructuredData } from './article-structured-data.ts';
import { serializeJsonLd } from './json-ld.ts';

const site = new URL('https://help.example/');
const data = {
	title: 'iCloud storage is full',
	description: 'Check how full your iCloud account is, and make room or buy more.',
	section: 'fixes',
	lastReviewed: new Date('2026-11-20'),
	timeToFix: 5,
} as DocsData;
const route = {
	path: '/fixes/storage-full/',
	crumbs: [{ label: 'Home', href: '/' }, { label: 'Fixes', href: '/fixes/' }, { label: 'Full' }],
} as RouteData;
const checklist = {
	id: 'check-storage',
	title: 'Check your iCloud storage',
	steps: [
		{ id: 'open', text: 'Open Settings > [your name] > iCloud.', hash: 'a' },
		{ id: 'read', text: 'Look at the bar at the top.', hash: 'b' },
	],
};
const image = new URL('/og/fixes/storage-full.png', site);

describe('articleStructuredData', () => {
	it('describes an article, its trail and each checklist as a HowTo with its steps', () => {
		const [article, trail, howTo] = articleStructuredData({
			route,
			data,
			checklists: [checklist],
			image,
			site,
		});
		expect(article).toMatchObject({
			'@type': 'TechArticle',
			headline: data.title,
			articleSection: 'Fixes',
			dateModified: '2026-11-20',
			image: image.href,
			url: 'https://help.example/fixes/storage-full/',
		});
		expect(trail).toMatchObject({
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ position: 1, name: 'Home', item: 'https://help.example/' },
				{ position: 2, name: 'Fixes', item: 'https://help.example/fixes/' },
				{ position: 3, name: 'Full', item: 'https://help.example/fixes/storage-full/' },
			],
		});
		expect(howTo).toMatchObject({
			'@type': 'HowTo',
			name: checklist.title,
			totalTime: 'PT5M',
			step: [
				{
					position: 1,
					text: checklist.steps[0]?.text,
					url: 'https://help.example/fixes/storage-full/#check-storage--open',
				},
				{ position: 2, text: checklist.steps[1]?.text },
			],
		});
	});

	it('gives the time to fix to no checklist when a page has several', () => {
		const things = articleStructuredData({
			route,
			data,
			checklists: [checklist, { ...checklist, id: 'other' }],
			image,
			site,
		});
		expect(things.filter((thing) => 'totalTime' in thing)).toEqual([]);
	});

	it('describes the site on the start page, without a trail', () => {
		const things = articleStructuredData({
			route: { ...route, path: '/' },
			data,
			checklists: [],
			image,
			site,
		});
		expect(things.map((thing) => (thing as { '@type': string })['@type'])).toEqual([
			'WebSite',
			'TechArticle',
		]);
	});
});

describe('serializeJsonLd', () => {
	it('never lets a title close the script element', () => {
		const text = serializeJsonLd([
			{ '@context': 'https://schema.org', '@type': 'Thing', name: '</script><b>' },
		]);
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual([
			{ '@context': 'https://schema.org', '@type': 'Thing', name: '</script><b>' },
		]);
	});
});
