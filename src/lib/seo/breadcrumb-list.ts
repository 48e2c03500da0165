import type { BreadcrumbList, WithContext } from 'schema-dts';
import type { Crumb } from '../nav/breadcrumbs.ts';
import { SCHEMA_CONTEXT } from './json-ld.ts';

/** The breadcrumb trail above a page's heading, with absolute URLs; the last crumb is the page. */
export function breadcrumbList(crumbs: readonly Crumb[], page: URL): WithContext<BreadcrumbList> {
	return {
		'@context': SCHEMA_CONTEXT,
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.label,
			item: crumb.href ? new URL(crumb.href, page).href : page.href,
		})),
	};
}
