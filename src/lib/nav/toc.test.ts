import { describe, expect, it } from 'vitest';
import { buildToc } from './toc.ts';

const headings = [
	{ depth: 3, slug: 'orphan', text: 'Orphan' },
	{ depth: 2, slug: 'one', text: 'One' },
	{ depth: 3, slug: 'one-a', text: 'One A' },
	{ depth: 4, slug: 'deep', text: 'Deep' },
	{ depth: 2, slug: 'two', text: 'Two' },
];

describe('buildToc', () => {
	it('nests H3s under the H2 before them and ignores deeper levels', () => {
		expect(buildToc(headings)).toEqual([
			{ slug: 'one', text: 'One', children: [{ slug: 'one-a', text: 'One A', children: [] }] },
			{ slug: 'two', text: 'Two', children: [] },
		]);
	});

	it('can be limited to H2s', () => {
		expect(buildToc(headings, 2).flatMap((item) => item.children)).toEqual([]);
	});

	it('is empty for a page without H2s', () => {
		expect(buildToc([{ depth: 1, slug: 't', text: 'T' }])).toEqual([]);
	});
});
