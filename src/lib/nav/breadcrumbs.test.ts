import { describe, expect, it } from 'vitest';
import { buildBreadcrumbs } from './breadcrumbs.ts';

describe('buildBreadcrumbs', () => {
	it('links Home and the section index, and ends with the page', () => {
		expect(
			buildBreadcrumbs({ title: 'Storage', section: 'fixes', path: '/fixes/storage-full/' })
		).toEqual([
			{ label: 'Home', href: '/' },
			{ label: 'Fixes', href: '/fixes/' },
			{ label: 'Storage' },
		]);
	});

	it('names a section without an index page without linking it', () => {
		expect(
			buildBreadcrumbs({ title: 'Errors', section: 'reference', path: '/errors/' })[1]
		).toEqual({
			label: 'Reference',
			href: undefined,
		});
	});

	it('is just Home on the start page', () => {
		expect(buildBreadcrumbs({ title: 'Start', section: 'start', path: '/' })).toEqual([
			{ label: 'Home' },
		]);
	});
});
