import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readerText } from '../lib/reader-text';
import { pluginFrontmatter } from './plugin-frontmatter';

/**
 * Adds each article's words as a reader reads them (`readerText`, the same function that gives
 * each checklist step its text) to its remark front matter, for the search's vocabulary.
 */
export function remarkReaderText() {
	return (tree: Root, file: VFile) => {
		pluginFrontmatter(file).readerText = readerText(tree);
	};
}
