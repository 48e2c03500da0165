import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_PATHS } from '../lib/site';

/** The OpenSearch description, so a browser can add the site as a search engine for /search/?q=. */
export const GET: APIRoute = ({ site }) => {
	const origin = (site ?? new URL('http://localhost:4321')).origin;
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
	<ShortName>${SITE_NAME}</ShortName>
	<Description>Search ${SITE_NAME} for an iCloud Backup error message or problem.</Description>
	<InputEncoding>UTF-8</InputEncoding>
	<Image width="16" height="16" type="image/svg+xml">${origin}${SITE_PATHS.favicon}</Image>
	<Url type="text/html" method="get" template="${origin}${SITE_PATHS.search}?q={searchTerms}"/>
	<Url type="application/opensearchdescription+xml" rel="self" template="${origin}${SITE_PATHS.openSearch}"/>
	<moz:SearchForm>${origin}${SITE_PATHS.search}</moz:SearchForm>
</OpenSearchDescription>
`;
	return new Response(xml, {
		headers: { 'Content-Type': 'application/opensearchdescription+xml' },
	});
};
