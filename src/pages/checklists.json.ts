import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { buildChecklistIndex } from '../lib/checklist/index-file';
import type { PageChecklistFacts } from '../lib/checklist/facts';
import { pathForId } from '../lib/routes';

/**
 * Every checklist on the site with its steps' ids, text and hashes, from the build's facts
 * (integrations/checklists-plugin.ts), for moving progress between devices: a link names steps by position, and
 * this says which step each position is. Fetched only when a reader makes or opens such a link.
 */
export const GET: APIRoute = async () => {
	const pages = [];
	for (const entry of await getCollection('docs')) {
		const { remarkPluginFrontmatter } = await render(entry);
		const checklists = (remarkPluginFrontmatter.checklists ?? []) as PageChecklistFacts[];
		if (checklists.length > 0) {
			pages.push({ page: pathForId(entry.id), title: entry.data.title, checklists });
		}
	}
	return new Response(JSON.stringify(buildChecklistIndex(pages)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
