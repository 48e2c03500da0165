import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import synonyms from '../data/synonyms.json';
import { buildSearchData } from '../lib/search/search-data';

/** The search client's build-time data: known messages, the site's words, synonyms, page titles. */
export const GET: APIRoute = async () => {
	const entries = await getCollection('docs');
	return new Response(JSON.stringify(buildSearchData(entries, synonyms.groups)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
