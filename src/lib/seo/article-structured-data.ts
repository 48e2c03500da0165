import type { PageChecklistFacts } from '../checklist/facts.ts';
import type { DocsData } from '../content/docs-schema.ts';
import type { RouteData } from '../nav/route-data.ts';
import { sectionLabel } from '../nav/sections.ts';
import { breadcrumbList } from './breadcrumb-list.ts';
import { howTo } from './how-to.ts';
import type { StructuredData } from './json-ld.ts';
import { techArticle } from './tech-article.ts';
import { webSite } from './web-site.ts';

/**
 * What an article tells search engines: a TechArticle with its review date, its breadcrumb trail
 * and one HowTo per checklist with the checklist's steps, from the build's facts; the start page
 * also describes the site (WebSite) and has no trail of its own.
 */
export function articleStructuredData(article: {
	route: RouteData;
	data: DocsData;
	checklists: readonly PageChecklistFacts[];
	image: URL;
	site: URL;
}): StructuredData {
	const { route, data, checklists, image, site } = article;
	const page = new URL(route.path, site);
	const facts = {
		title: data.title,
		description: data.description,
		section: sectionLabel(data.section),
		lastReviewed: data.lastReviewed,
		image,
	};
	// The time to fix is the whole page's: it belongs to its checklist only when there is one.
	const minutes = checklists.length === 1 ? data.timeToFix : undefined;
	return [
		...(route.path === '/' ? [webSite(site, data.description)] : []),
		techArticle(facts, page, site),
		...(route.path === '/' ? [] : [breadcrumbList(route.crumbs, page)]),
		...checklists.map((checklist) => howTo(checklist, page, minutes)),
	];
}
