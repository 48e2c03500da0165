import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import synonyms from '../data/synonyms.json';
import { buildSearchData } from '../lib/search/search-data';

/** The search client's build-time data: known messages, the site's words, synonyms, page titles. */
export const GET: APIRoute = async () => {
	const entries = await getCollection('docs');
	// Each page's words as a reader reads them (integrations/reader-text-plugin.ts), not its MDX source.
	const sources = await Promise.all(
		entries.map(async (entry) => {
			const { remarkPluginFrontmatter } = await render(entry);
			return { ...entry, body: String(remarkPluginFrontmatter.readerText ?? '') };
		})
	);
	return new Response(JSON.stringify(buildSearchData(sources, synonyms.groups)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
