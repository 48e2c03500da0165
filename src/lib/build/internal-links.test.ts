import { describe, expect, it } from 'vitest';
import { brokenLinks, isInternal, pageLinks, sitePath, type PageLinks } from './internal-links.ts';

describe('pageLinks', () => {
	it('collects ids, a names and every href, src and srcset URL, entities decoded', () => {
		const page = pageLinks(
			'<h2 id="step-1">x</h2><a name="old"></a><a href="/b/?q=1&amp;r=2#top">b</a>' +
				'<img src="/i.png" srcset="/i-2x.png 2x, /i-3x.png 3x"><link rel="icon" href="/f.svg">'
		);
		expect([...page.ids]).toEqual(['step-1', 'old']);
		expect(page.links).toEqual(['/b/?q=1&r=2#top', '/i.png', '/i-2x.png', '/i-3x.png', '/f.svg']);
	});

	it('ignores URLs inside scripts and styles', () => {
		const page = pageLinks(
			'<script type="module" src="/s.js"></script><script>const a = "<a href=\\"/x/\\">";</script>'
		);
		expect(page.links).toEqual(['/s.js']);
	});
});

describe('brokenLinks', () => {
	const page = (links: string[], ids: string[] = []): PageLinks => ({ ids: new Set(ids), links });
	const files = new Set(['/index.html', '/fixes/a/index.html', '/_astro/s.js', '/404.html']);

	it('accepts links to files, folders with an index and ids that exist', () => {
		const pages = new Map([
			[
				'/',
				page(
					['/fixes/a/', 'fixes/a/#step', '/_astro/s.js', '#intro', '?q=x', '/404.html'],
					['intro']
				),
			],
			['/fixes/a/', page(['../../', '/fixes/a'], ['step'])],
		]);
		expect(brokenLinks(pages, files)).toEqual([]);
	});

	it('names a missing page and a missing fragment, and skips other sites', () => {
		const pages = new Map([
			[
				'/fixes/a/',
				page(['/fixes/b/', '/#nowhere', 'https://example.com/x', 'mailto:a@b.c', '//cdn.x/y']),
			],
			['/', page([], ['intro'])],
		]);
		expect(brokenLinks(pages, files)).toEqual([
			{ page: '/fixes/a/', link: '/fixes/b/', reason: 'missing page' },
			{ page: '/fixes/a/', link: '/#nowhere', reason: 'missing fragment' },
		]);
	});

	it('tells internal links from others', () => {
		expect(['/a/', '#x', 'b.html', 'https://x.y/', 'tel:1', '//x.y/'].map(isInternal)).toEqual([
			true,
			true,
			true,
			false,
			false,
			false,
		]);
	});
});

describe('sitePath', () => {
	it('turns built files into the paths a reader opens', () => {
		expect(['index.html', 'fixes/a/index.html', '404.html'].map(sitePath)).toEqual([
			'/',
			'/fixes/a/',
			'/404.html',
		]);
	});
});
