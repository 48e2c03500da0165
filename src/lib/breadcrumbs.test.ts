import { describe, expect, it } from 'vitest';
import { buildBreadcrumbs } from './breadcrumbs';

describe('buildBreadcrumbs', () => {
	it('links Home, names the section and ends with the page', () => {
		expect(
			buildBreadcrumbs({ title: 'Storage', section: 'fixes', path: '/fixes/storage-full/' })
		).toEqual([{ label: 'Home', href: '/' }, { label: 'Fixes' }, { label: 'Storage' }]);
	});

	it('is just Home on the start page', () => {
		expect(buildBreadcrumbs({ title: 'Start', section: 'start', path: '/' })).toEqual([
			{ label: 'Home' },
		]);
	});
});
