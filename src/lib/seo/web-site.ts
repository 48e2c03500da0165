import type { WebSite, WithContext } from 'schema-dts';
import { SITE_NAME } from '../site.ts';
import { SCHEMA_CONTEXT } from './json-ld.ts';
import { siteOrganization } from './organization.ts';

/** The site itself, for its start page. */
export function webSite(site: URL, description: string): WithContext<WebSite> {
	return {
		'@context': SCHEMA_CONTEXT,
		'@type': 'WebSite',
		name: SITE_NAME,
		url: site.href,
		description,
		inLanguage: 'en',
		publisher: siteOrganization(site),
	};
}
