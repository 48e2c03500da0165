import { describe, expect, it } from 'vitest';
import { repeatedIds } from './repeated-ids.ts';

describe('repeatedIds', () => {
	it('names each id that two elements claim, once', () => {
		const html =
			'<h2 id="get-ready">Get ready</h2><section id="get-ready"><p id="a">x</p></section><p id="get-ready"></p>';
		expect(repeatedIds(html)).toEqual(['get-ready']);
	});

	it('ignores unique ids and look-alikes in text or other attributes', () => {
		const html = '<p id="one" data-id="two">id="one"</p><a href="#one" aria-labelledby="one"></a>';
		expect(repeatedIds(html)).toEqual([]);
	});
});
