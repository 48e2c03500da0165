import { describe, expect, it } from 'vitest';
import { buildErrorIndex, type ErrorSource } from './error-index';

const entry = (id: string, order: number, errors: string[]): ErrorSource => ({
	id,
	data: { title: id, section: 'fixes', order, errors },
});

describe('buildErrorIndex', () => {
	it('lists each message once, alphabetically, with its fixes in reading order', () => {
		const index = buildErrorIndex([entry('b', 2, ['Shared', 'Only B']), entry('a', 1, ['Shared'])]);
		expect(index).toEqual([
			{ message: 'Only B', fixes: [{ id: 'b', title: 'b' }] },
			{
				message: 'Shared',
				fixes: [
					{ id: 'a', title: 'a' },
					{ id: 'b', title: 'b' },
				],
			},
		]);
	});
});
