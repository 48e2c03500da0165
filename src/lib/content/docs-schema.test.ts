import { describe, expect, it } from 'vitest';
import { docsSchemaFor } from './docs-schema.ts';

const docsSchema = docsSchemaFor('https://backup-rescue.example');

const valid = {
	title: 'iCloud storage is full',
	description: 'Make room in iCloud or buy more so the backup can finish.',
	section: 'fixes',
	order: 1,
	lastReviewed: '2026-11-20',
	iosVersions: ['18', '26'],
	sources: [
		{
			title: 'If you can’t back up with iCloud',
			publisher: 'Apple Support',
			url: 'https://support.apple.com/en-us/HT203516',
			iosVersions: ['18', '26'],
		},
	],
};

/** The dotted paths of the fields a parse complains about. */
function failingPaths(data: unknown): string[] {
	return docsSchema.safeParse(data).error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

describe('docsSchema', () => {
	it('accepts a minimal page and fills defaults', () => {
		const data = docsSchema.parse(valid);
		expect(data.errors).toEqual([]);
		expect(data.devices).toEqual(['iPhone', 'iPad']);
		expect(data.lastReviewed).toBeInstanceOf(Date);
	});

	it('names the missing field', () => {
		const { title: _title, ...withoutTitle } = valid;
		const result = docsSchema.safeParse(withoutTitle);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('title');
	});

	it('rejects an unknown section, a bad iOS version and an unknown field', () => {
		const result = docsSchema.safeParse({
			...valid,
			section: 'misc',
			iosVersions: ['eighteen'],
			colour: 'red',
		});
		const paths = result.error?.issues.map((issue) => issue.path.join('.') || issue.message) ?? [];
		expect(paths).toEqual(expect.arrayContaining(['section', 'iosVersions.0']));
		expect(result.error?.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
	});

	it('needs at least one source', () => {
		expect(failingPaths({ ...valid, sources: [] })).toContain('sources');
		expect(failingPaths({ ...valid, sources: undefined })).toContain('sources');
	});

	it('takes only well-formed https addresses for sources', () => {
		const [source] = valid.sources;
		for (const url of ['http://support.apple.com/x', 'support.apple.com/x', '/fixes/storage-full/'])
			expect(failingPaths({ ...valid, sources: [{ ...source, url }] })).toContain('sources.0.url');
	});

	it('refuses a source on this site, naming the field', () => {
		const own = {
			title: 'Our own page',
			publisher: 'Backup Rescue',
			url: 'https://backup-rescue.example/fixes/storage-full/',
		};
		expect(failingPaths({ ...valid, sources: [...valid.sources, own] })).toEqual(['sources.1.url']);
	});

	it("wants Apple's own documents before any other publisher's", () => {
		const press = {
			title: 'A guide',
			publisher: 'Macworld',
			url: 'https://www.macworld.com/a',
			iosVersions: ['26'],
		};
		expect(failingPaths({ ...valid, sources: [press, ...valid.sources] })).toEqual([
			'sources.1.url',
		]);
	});

	it('wants every iOS version of the page described by a source', () => {
		expect(failingPaths({ ...valid, iosVersions: ['17', '18', '26'] })).toEqual(['iosVersions.0']);
	});
});
