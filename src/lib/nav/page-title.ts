import { SITE_NAME } from '../site.ts';

/** The longest <title> a search result shows whole; longer ones are cut off with an ellipsis. */
export const SEARCH_TITLE_MAX = 70;

/**
 * The <title> of a page: its search title (front matter `searchTitle`) or else its title, then the
 * site name when that still fits a search result; the site name alone for the home page. A title
 * over the limit without a shorter search title fails the build, naming the title.
 */
export function pageTitle(title: string, searchTitle?: string): string {
	if (title === SITE_NAME) return title;
	const own = searchTitle ?? title;
	const withSite = `${own} | ${SITE_NAME}`;
	if (withSite.length <= SEARCH_TITLE_MAX) return withSite;
	if (own.length <= SEARCH_TITLE_MAX) return own;
	throw new Error(
		`"${own}" is ${own.length} characters, over the ${SEARCH_TITLE_MAX} a search result shows: give the page a shorter searchTitle in its front matter.`
	);
}
