import type { Organization } from 'schema-dts';
import { SITE_NAME } from '../site.ts';
import { ICON_PATHS } from './icons.ts';

/** The site as the publisher and author of its articles, with its logo. */
export function siteOrganization(site: URL): Organization {
	return {
		'@type': 'Organization',
		name: SITE_NAME,
		url: site.href,
		logo: new URL(ICON_PATHS.any512, site).href,
	};
}
