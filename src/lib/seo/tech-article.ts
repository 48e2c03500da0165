import type { TechArticle, WithContext } from 'schema-dts';
import { SCHEMA_CONTEXT } from './json-ld.ts';
import { siteOrganization } from './organization.ts';

/** What an article says about itself, from its front matter and route. */
export interface ArticleFacts {
	/** The page's heading. */
	title: string;
	description: string;
	/** The section's label, e.g. "Fixes". */
	section: string;
	/** The date a person last reviewed it (front matter `lastReviewed`). */
	lastReviewed: Date;
	/** Its preview image, absolute. */
	image: URL;
}

/** An article as a schema.org TechArticle, published and written by the site. */
export function techArticle(article: ArticleFacts, page: URL, site: URL): WithContext<TechArticle> {
	const organization = siteOrganization(site);
	return {
		'@context': SCHEMA_CONTEXT,
		'@type': 'TechArticle',
		headline: article.title,
		description: article.description,
		url: page.href,
		mainEntityOfPage: page.href,
		articleSection: article.section,
		inLanguage: 'en',
		// The front matter has no publication date; the review date is the one the page shows.
		dateModified: article.lastReviewed.toISOString().slice(0, 10),
		image: article.image.href,
		author: organization,
		publisher: organization,
	};
}
