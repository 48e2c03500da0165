/** A heading as Astro's `render()` reports it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** One entry of the "In this article" list, with its H3 children. */
export interface TocItem {
	slug: string;
	text: string;
	children: TocItem[];
}

/** Build the "In this article" tree from H2 headings, with H3s nested under the H2 before them. */
export function buildToc(headings: readonly Heading[], maxDepth: 2 | 3 = 3): TocItem[] {
	const items: TocItem[] = [];
	for (const heading of headings) {
		if (heading.depth === 2) {
			items.push({ slug: heading.slug, text: heading.text, children: [] });
		} else if (heading.depth === 3 && maxDepth >= 3) {
			// An H3 before any H2 has no parent to sit under; it is left out rather than promoted.
			items.at(-1)?.children.push({ slug: heading.slug, text: heading.text, children: [] });
		}
	}
	return items;
}

/** The outline entry of the Sources list the layout adds at the end of every article. */
export const SOURCES_TOC_ITEM: TocItem = { slug: 'sources', text: 'Sources', children: [] };
