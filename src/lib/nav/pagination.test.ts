import { describe, expect, it } from 'vitest';
import { findPrevNext } from './pagination.ts';
import type { NavSource } from './navigation.ts';

const entries: NavSource[] = [
	{ id: 'errors', data: { title: 'Errors', section: 'reference', order: 0 } },
	{ id: 'fixes/b', data: { title: 'B', section: 'fixes', order: 2 } },
	{ id: 'fixes/a', data: { title: 'A', navLabel: 'Short A', section: 'fixes', order: 1 } },
	{ id: 'index', data: { title: 'Home', section: 'start', order: 0 } },
];

describe('findPrevNext', () => {
	it('follows reading order across sections', () => {
		expect(findPrevNext(entries, 'fixes/a')).toEqual({
			prev: { label: 'Home', href: '/' },
			next: { label: 'B', href: '/fixes/b/' },
		});
		expect(findPrevNext(entries, 'fixes/b').next).toEqual({ label: 'Errors', href: '/errors/' });
	});

	it('has no previous link on the first page and no next link on the last', () => {
		expect(findPrevNext(entries, 'index').prev).toBeUndefined();
		expect(findPrevNext(entries, 'errors').next).toBeUndefined();
	});

	it('returns nothing for an unknown page', () => {
		expect(findPrevNext(entries, 'nope')).toEqual({});
	});
});
