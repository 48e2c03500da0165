/** The site's name, as shown in the top bar, in every <title> and in messages to the reader. */
export const SITE_NAME = 'Backup Rescue';

/** The public origin the site is served from when the build is given no SITE_URL. */
export const DEFAULT_SITE_URL = 'https://backup-rescue.example';

/**
 * The site's own pages and files that code links to or fetches. Article paths come from their
 * collection ids (routes.ts); the offline copy's two files are in offline-paths.ts, which every
 * page's first script shares.
 */
export const SITE_PATHS = {
	home: '/',
	fixes: '/fixes/',
	errors: '/errors/',
	progress: '/progress/',
	search: '/search/',
	/** Every checklist's steps, for moving progress between devices (pages/checklists.json.ts). */
	checklistIndex: '/checklists.json',
	favicon: '/favicon.svg',
	openSearch: '/opensearch.xml',
	sitemap: '/sitemap-index.xml',
} as const;
