import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkReaderText } from './remark-reader-text';

describe('remarkReaderText', () => {
	it('gives the page’s words as a reader reads them, without imports, tags or attributes', async () => {
		const file = new VFile({
			value:
				'import X from \'./x.astro\';\n\n# Fix it\n\nOpen <SettingsPath path="Settings > iCloud" /> now.\n\n<Callout type="tip">Be *patient*.</Callout>\n',
		});
		await compile(file, { remarkPlugins: [remarkReaderText] });
		const { frontmatter } = file.data.astro as { frontmatter: { readerText: string } };
		expect(frontmatter.readerText).toBe('Fix it Open Settings > iCloud now. Be patient.');
	});
});
