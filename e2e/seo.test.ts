import { PNG } from 'pngjs';
import { structuredDataTest, type SdttResult } from 'structured-data-testing-tool';
import presets from 'structured-data-testing-tool/presets.js';
import { schemas as schemaOrgTypes } from 'structured-data-testing-tool/lib/schemas.js';
import type { APIRequestContext } from '@playwright/test';
import { builtSitemapPaths } from '../scripts/lib/sitemap.mjs';
import type { ChecklistIndex } from '../src/lib/checklist/index-file';
import { expect, test } from './fixtures';

const PATHS = builtSitemapPaths();
/** Sitemap pages that are not articles of the docs collection, so have no article data. */
const NOT_ARTICLES = ['/fixes/', '/progress/'];
const ARTICLES = PATHS.filter((path) => !NOT_ARTICLES.includes(path));

test.describe('structured data', () => {
	test('every page has at most one JSON-LD script, and every article one that passes the validator', async ({
		request,
	}) => {
		test.setTimeout(90_000);
		for (const path of PATHS) {
			const html = await (await request.get(path)).text();
			const scripts = html.match(/<script type="application\/ld\+json">/g) ?? [];
			expect(scripts.length, path).toBeLessThanOrEqual(1);
			if (!ARTICLES.includes(path)) continue;
			expect(scripts.length, path).toBe(1);
			const expected =
				path === '/' ? ['WebSite', 'TechArticle'] : ['TechArticle', 'BreadcrumbList'];
			const result = await validate(html, expected, path);
			// Every type is one schema.org defines (a typo'd type would pass the presets unseen).
			for (const type of result.schemas)
				expect(schemaOrgTypes, `${path}: ${type}`).toHaveProperty(type);
		}
	});

	test('each checklist is a HowTo whose steps are the checklist’s steps', async ({ request }) => {
		const index = (await (await request.get('/checklists.json')).json()) as ChecklistIndex;
		expect(index.pages.length).toBeGreaterThan(10);
		for (const { page, checklists } of index.pages) {
			const html = await (await request.get(page)).text();
			const result = await validate(html, ['HowTo'], page);
			// As the validator read them, in page order.
			const howTos = result.structuredData.jsonld.HowTo ?? [];
			expect(
				howTos.map((howTo) => ({
					name: howTo.name,
					steps: (howTo.step as { text: string; position: number }[]).map((step) => step.text),
				})),
				page
			).toEqual(
				checklists.map((checklist) => ({
					name: checklist.title,
					steps: checklist.steps.map((step) => step.text),
				}))
			);
		}
	});
});

test.describe('link previews', () => {
	test('each article names its own 1200×630 image, on the public origin, for Open Graph and X', async ({
		request,
	}) => {
		const images = new Set<string>();
		for (const path of ARTICLES) {
			const html = await (await request.get(path)).text();
			const image = new URL(metaContent(html, 'property', 'og:image') ?? '', 'invalid:/');
			expect(image.origin, path).toBe(
				new URL(metaContent(html, 'property', 'og:url') ?? '').origin
			);
			expect(metaContent(html, 'name', 'twitter:card'), path).toBe('summary_large_image');
			expect(metaContent(html, 'property', 'og:image:alt'), path).toBeTruthy();
			images.add(image.pathname);
			// The file is there and as large as its meta tags say.
			const size = await pngSize(request, image.pathname);
			expect(size, path).toEqual({ width: 1200, height: 630 });
			expect(metaContent(html, 'property', 'og:image:width'), path).toBe('1200');
			expect(metaContent(html, 'property', 'og:image:height'), path).toBe('630');
		}
		expect(images.size, 'one image per article').toBe(ARTICLES.length);
		// Pages never load them, so the offline copy doesn't store them.
		const { urls } = (await (await request.get('/offline-manifest.json')).json()) as {
			urls: string[];
		};
		expect(urls.filter((url) => images.has(url))).toEqual([]);
		expect(urls.length).toBeGreaterThan(20);
	});
});

/** Runs the validator with Google's preset and these types expected; fails the test on a failure. */
async function validate(html: string, types: string[], path: string): Promise<SdttResult> {
	try {
		return await structuredDataTest(html, {
			presets: [presets.Google],
			schemas: types.map((type) => `jsonld:${type}`),
		});
	} catch (error) {
		const { res } = error as { res?: SdttResult };
		if (!res) throw error;
		const failures = res.failed.map((failed) => `${failed.test}: ${failed.error?.message}`);
		throw new Error(`${path}: structured data fails the validator:\n${failures.join('\n')}`, {
			cause: error,
		});
	}
}

/** The content of the page's first <meta> with this property or name. */
function metaContent(
	html: string,
	attribute: 'property' | 'name',
	key: string
): string | undefined {
	const tag = html.match(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`));
	return tag?.[1];
}

/** The width and height of a PNG the site serves. */
async function pngSize(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.ok(), path).toBe(true);
	expect(response.headers()['content-type'], path).toContain('image/png');
	const { width, height } = PNG.sync.read(await response.body());
	return { width, height };
}
