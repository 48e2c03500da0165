import { describe, expect, it } from 'vitest';
import { bindSource } from './bind-source.ts';

function lookup(this: Record<string, string>, key: string) {
	return this[key] ?? null;
}

describe('bindSource', () => {
	it('binds the function here and in its source text, with data filled in later', () => {
		const data: Record<string, string> = {};
		const bound = bindSource(lookup, data);
		data['/a/index.html'] = '/a/index.html?rev=1';
		expect(bound('/a/index.html')).toBe('/a/index.html?rev=1');
		// What the build does with it: String() the function and evaluate it inside sw.js.
		const copy = new Function(`return ${String(bound)}`)() as (key: string) => string | null;
		expect(copy('/a/index.html')).toBe('/a/index.html?rev=1');
		expect(copy('/b/index.html')).toBeNull();
	});
});
