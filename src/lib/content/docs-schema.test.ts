import { describe, expect, it } from 'vitest';
import { docsSchema } from './docs-schema.ts';

const valid = {
	title: 'iCloud storage is full',
	description: 'Make room in iCloud or buy more so the backup can finish.',
	section: 'fixes',
	order: 1,
	lastReviewed: '2026-11-20',
	iosVersions: ['18', '26'],
};

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
});
