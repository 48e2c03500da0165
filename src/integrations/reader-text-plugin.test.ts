import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { readerTextPlugin } from './reader-text-plugin.ts';

describe('readerTextPlugin', () => {
	it('gives the page’s words as a reader reads them, without imports, tags or attributes', async () => {
		const { data } = await mdxToJs(
			'import X from \'./x.astro\';\n\n# Fix it\n\nOpen <SettingsPath path="Settings > iCloud" /> now.\n\n<Callout type="tip">Be *patient*.</Callout>\n',
			{ mdastPlugins: [readerTextPlugin] }
		);
		const frontmatter = data.astro?.frontmatter as { readerText: string };
		expect(frontmatter.readerText).toBe('Fix it Open Settings > iCloud now. Be patient.');
	});
});
