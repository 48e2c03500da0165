import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { buildChecklistIndex, type V1StepOrders } from '../lib/checklist/index-file';
import v1Orders from '../data/continue-link-v1-steps.json';
import type { PageChecklistFacts } from '../lib/checklist/facts';
import { pathForId } from '../lib/routes';

/**
 * Every checklist on the site with its steps' ids, text and hashes, from the build's facts
 * (integrations/checklists-plugin.ts), for moving progress between devices: a link names steps by
 * a key made from their ids, and this says which step each key is, with the titles a link leaves
 * out. Links of the first format named steps by position; their order is frozen in
 * src/data/continue-link-v1-steps.json and added here where it differs. Fetched only when a reader
 * makes or opens a link, or imports a file.
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
	return new Response(JSON.stringify(buildChecklistIndex(pages, v1Orders as V1StepOrders)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
