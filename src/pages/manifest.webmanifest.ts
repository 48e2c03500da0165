import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { webAppManifest } from '../lib/seo/web-app-manifest';

/** The web app manifest (lib/seo/web-app-manifest.ts), described as the start page is. */
export const GET: APIRoute = async () => {
	const home = await getEntry('docs', 'index');
	const description = home?.data.description ?? '';
	return new Response(JSON.stringify(webAppManifest(description), null, '\t'), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
};
