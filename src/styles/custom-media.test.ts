import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

/** Every stylesheet and component under src/, as [path, text]. */
function styledFiles(dir: string): [string, string][] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return styledFiles(path);
		return /\.(astro|css)$/.test(entry.name) ? [[path, readFileSync(path, 'utf8')]] : [];
	});
}

describe('breakpoints', () => {
	it('are written only in custom-media.css; media queries name them', () => {
		const widths = styledFiles(root)
			.filter(([path]) => !path.endsWith('custom-media.css'))
			.flatMap(([path, text]) =>
				[...text.matchAll(/@media[^{]*\b(?:min|max)-width\b[^{]*/g)].map(
					(match) => `${path.slice(root.length)}: ${match[0].trim()}`
				)
			);
		expect(widths).toEqual([]);
	});

	it('every custom media a stylesheet uses is defined', () => {
		const defined = new Set(
			[
				...readFileSync(join(root, 'styles/custom-media.css'), 'utf8').matchAll(
					/@custom-media (--[\w-]+)/g
				),
			].map((match) => match[1])
		);
		const used = styledFiles(root).flatMap(([, text]) =>
			[...text.matchAll(/@media[^{]*\((--[\w-]+)\)/g)].map((match) => match[1])
		);
		expect(used.length).toBeGreaterThan(0);
		expect(used.filter((name) => !defined.has(name))).toEqual([]);
	});
});
