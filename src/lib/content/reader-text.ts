import type { Nodes } from 'mdast';
import { settingsPathText } from './settings-path.ts';

/**
 * The plain text of a piece of an MDX article as a sighted reader reads it: the words of the
 * prose, a `<SettingsPath path="Settings > iCloud">` as its path (the attribute is the content),
 * `<InfoButton />` as ⓘ, other components by their children, and no code or expressions. Blocks are separated by a
 * space. The build takes each checklist step's text (for the summary and its hash) and each
 * page's words for the search's vocabulary from here, so both read what the page shows.
 */
export function readerText(node: Nodes): string {
	return collect(node).replace(/\s+/g, ' ').trim();
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'list', 'blockquote', 'tableCell']);

function collect(node: Nodes): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
			return node.value;
		case 'break':
			return ' ';
		case 'image':
			return node.alt ?? '';
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			// Drawn as an icon on the page; a sighted reader sees the glyph.
			if (node.name === 'InfoButton') return 'ⓘ';
			if (node.name === 'SettingsPath') {
				const path = node.attributes.find(
					(attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'path'
				)?.value;
				if (typeof path === 'string') return settingsPathText(path);
			}
			return children(node.children, node.type === 'mdxJsxFlowElement');
		}
		default:
			return 'children' in node ? children(node.children as Nodes[], BLOCKS.has(node.type)) : '';
	}
}

/** The children's text, with spaces around it when the parent is a block of its own. */
function children(nodes: readonly Nodes[], block: boolean): string {
	const text = nodes.map(collect).join('');
	return block ? ` ${text} ` : text;
}
