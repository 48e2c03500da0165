import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { hashStepText } from '../checklist/step-hash.ts';
import { readerText } from './reader-text.ts';

/** The reader text of the first node of an MDX snippet, as the build's remark plugin sees it. */
async function textOf(source: string): Promise<string> {
	let text = '';
	const capture = () => (tree: Root) => {
		text = readerText(tree.children[0]!);
	};
	await compile(new VFile({ value: source }), { remarkPlugins: [capture] });
	return text;
}

describe('readerText', () => {
	it('reads a Settings path as the page shows it, with no stray spaces', async () => {
		expect(
			await textOf(
				'<Step id="a">\n  Open <SettingsPath path="Settings > [your name]›iCloud" />. Then wait.\n</Step>'
			)
		).toBe('Open Settings > [your name] > iCloud. Then wait.');
	});

	it('reads inline components, emphasis and code by their words', async () => {
		expect(
			await textOf(
				'<Step id="a">\n  Tap <Kbd>Manage Account Storage</Kbd>, or **Manage Storage**. Run `x`.\n</Step>'
			)
		).toBe('Tap Manage Account Storage, or Manage Storage. Run x.');
	});

	it('reads the drawn ⓘ button as the glyph it replaced, so the step keeps its hash', async () => {
		const drawn = await textOf('<Step id="a">\n  Tap the <InfoButton /> button.\n</Step>');
		expect(drawn).toBe('Tap the ⓘ button.');
		expect(hashStepText(drawn)).toBe(
			hashStepText(await textOf('<Step id="a">\n  Tap the <Kbd>ⓘ</Kbd> button.\n</Step>'))
		);
	});

	it('separates blocks and list items with a space', async () => {
		expect(await textOf('<Step id="a">\n  First part.\n\n  - one\n  - two\n</Step>')).toBe(
			'First part. one two'
		);
	});

	it('changes the hash when only a Settings path changes', async () => {
		const before = await textOf(
			'<Step id="a">\n  Open <SettingsPath path="Settings > iCloud" />.\n</Step>'
		);
		const after = await textOf(
			'<Step id="a">\n  Open <SettingsPath path="Settings > General > iCloud" />.\n</Step>'
		);
		expect(hashStepText(before)).not.toBe(hashStepText(after));
	});
});
