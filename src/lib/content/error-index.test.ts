import { describe, expect, it } from 'vitest';
import { buildErrorIndex, type ErrorSource } from './error-index.ts';
import type { ErrorEntry } from './docs-schema.ts';

const error = (message: string, extra: Partial<ErrorEntry> = {}): ErrorEntry => ({
	message,
	primary: false,
	exact: true,
	meaning: undefined,
	...extra,
});
const entry = (id: string, order: number, errors: ErrorEntry[]): ErrorSource => ({
	id,
	filePath: `src/content/docs/${id}.mdx`,
	data: { title: id, section: 'fixes', order, errors },
});

describe('buildErrorIndex', () => {
	it('lists each message once, alphabetically, with its primary fix first', () => {
		const index = buildErrorIndex([
			entry('b', 2, [
				error('Shared', { primary: true, meaning: 'Shared meaning' }),
				error('Only B', { meaning: 'B only' }),
			]),
			entry('a', 1, [error('Shared')]),
		]);
		expect(index).toEqual([
			{
				message: 'Only B',
				meaning: 'B only',
				exact: true,
				primary: { id: 'b', title: 'b' },
				alsoSee: [],
			},
			{
				message: 'Shared',
				meaning: 'Shared meaning',
				exact: true,
				primary: { id: 'b', title: 'b' },
				alsoSee: [{ id: 'a', title: 'a' }],
			},
		]);
	});

	it('fails, naming both files, when a shared message has no primary article', () => {
		expect(() =>
			buildErrorIndex([
				entry('a', 1, [error('Shared', { meaning: 'm' })]),
				entry('b', 2, [error('Shared', { meaning: 'm' })]),
			])
		).toThrow(
			/"Shared" is listed in src\/content\/docs\/a\.mdx, src\/content\/docs\/b\.mdx; mark exactly one/
		);
	});

	it('fails when two articles both claim to be primary', () => {
		expect(() =>
			buildErrorIndex([
				entry('a', 1, [error('Shared', { primary: true, meaning: 'm' })]),
				entry('b', 2, [error('Shared', { primary: true, meaning: 'm' })]),
			])
		).toThrow(/now 2/);
	});

	it('fails when the primary article gives no meaning', () => {
		expect(() => buildErrorIndex([entry('a', 1, [error('Alone')])])).toThrow(
			/"Alone" needs a `meaning` in src\/content\/docs\/a\.mdx/
		);
	});

	it('marks a message as approximate when any article says its wording varies', () => {
		const [item] = buildErrorIndex([
			entry('a', 1, [error('Roughly', { meaning: 'm', exact: false })]),
		]);
		expect(item?.exact).toBe(false);
	});
});
