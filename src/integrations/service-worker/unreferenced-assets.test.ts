import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBuiltSite } from '../built-site.ts';
import { unreferencedAssets } from './unreferenced-assets.ts';

let root = '';

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

async function site(files: Record<string, string>): Promise<string> {
	root = await mkdtemp(path.join(tmpdir(), 'unreferenced-'));
	for (const [name, text] of Object.entries(files)) {
		await mkdir(path.dirname(path.join(root, name)), { recursive: true });
		await writeFile(path.join(root, name), text);
	}
	return root;
}

describe('unreferencedAssets', () => {
	it('follows pages through imports, dynamic imports and CSS to what they load', async () => {
		const dir = await site({
			'index.html': '<script type="module" src="/_astro/page.a1.js"></script>',
			'fixes/x/index.html': '<link rel="stylesheet" href="/_astro/docs.b2.css">',
			'_astro/page.a1.js': 'import{a}from"./shared.c3.js";import("./lazy.d4.js")',
			'_astro/shared.c3.js': 'export const a=1',
			'_astro/lazy.d4.js': 'export default 1',
			'_astro/docs.b2.css': 'body{background:url(/_astro/icon.e5.svg)}',
			'_astro/icon.e5.svg': '<svg/>',
			// Built, but only each other's: no page reaches them.
			'_astro/client.f6.js': 'import"./signals.g7.js"',
			'_astro/signals.g7.js': 'export{}',
		});
		expect((await unreferencedAssets(await openBuiltSite(dir))).sort()).toEqual([
			'_astro/client.f6.js',
			'_astro/signals.g7.js',
		]);
	});
});
