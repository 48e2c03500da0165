import { SITE_NAME } from '../site.ts';

/** The <title> of a page: its own title, then the site name (the site name alone for the home page). */
export function pageTitle(title: string): string {
	return title === SITE_NAME ? title : `${title} | ${SITE_NAME}`;
}
