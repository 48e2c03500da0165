import type { Root } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { readerText } from '../lib/content/reader-text.ts';
import { pluginFrontmatter } from './plugin-frontmatter.ts';

/**
 * A Sätteri plugin that adds each article's words as a reader reads them (`readerText`, the same
 * function that gives each checklist step its text) to its front matter, for the search's
 * vocabulary.
 */
export const readerTextPlugin = defineMdastPlugin({
	name: 'backup-rescue:reader-text',
	after(root, context) {
		pluginFrontmatter(context).readerText = readerText(root as Root);
	},
});
