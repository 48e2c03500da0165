import { describe, expect, it } from 'vitest';
import { pageTitle, SEARCH_TITLE_MAX } from './page-title.ts';
import { SITE_NAME } from '../site.ts';

describe('pageTitle', () => {
	it('adds the site name when the whole fits a search result', () => {
		expect(pageTitle('iCloud storage is full')).toBe(`iCloud storage is full | ${SITE_NAME}`);
	});

	it('is the site name alone on the home page', () => {
		expect(pageTitle(SITE_NAME)).toBe(SITE_NAME);
	});

	it('drops the site name when the title alone fits but not both', () => {
		const title = 'Back Up This iPhone is greyed out, missing or keeps turning itself off';
		expect(title.length).toBeLessThanOrEqual(SEARCH_TITLE_MAX);
		expect(pageTitle(title)).toBe(title);
	});

	it('uses the search title instead of the heading when there is one', () => {
		const heading =
			'I’ve tried everything and the backup still fails, so get help from Apple, step by step';
		expect(pageTitle(heading, 'Get help from Apple')).toBe(`Get help from Apple | ${SITE_NAME}`);
	});

	it('fails on a title too long for a search result, naming it', () => {
		const heading = 'x'.repeat(SEARCH_TITLE_MAX + 1);
		expect(() => pageTitle(heading)).toThrow(/searchTitle/);
	});
});
