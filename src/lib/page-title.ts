/** The site's name, as shown in the top bar and in every <title>. */
export const SITE_NAME = 'Backup Rescue';

/** The <title> of a page: its own title, then the site name (the site name alone for the home page). */
export function pageTitle(title: string): string {
	return title === SITE_NAME ? title : `${title} | ${SITE_NAME}`;
}
