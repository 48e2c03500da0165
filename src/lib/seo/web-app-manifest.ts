import { SITE_NAME } from '../site.ts';
import { ICON_PATHS } from './icons.ts';
import { THEME_COLORS } from './theme-colors.ts';

/** One icon of a web app manifest. */
interface ManifestIcon {
	src: string;
	sizes: string;
	type: string;
	purpose?: 'any' | 'maskable';
}

/** The members of a web app manifest this site sets (https://www.w3.org/TR/appmanifest/). */
export interface WebAppManifest {
	id: string;
	name: string;
	short_name: string;
	description: string;
	lang: string;
	start_url: string;
	scope: string;
	display: 'standalone';
	theme_color: string;
	background_color: string;
	icons: ManifestIcon[];
}

/** The manifest's path; every page links to it. */
export const MANIFEST_PATH = '/manifest.webmanifest';

/**
 * The site as a Home Screen app: it opens at the start page without the browser's bar, and the
 * service worker (scope `/`) serves it offline as it does in a tab. On an iPhone or iPad, a
 * Home Screen site is also the one place Safari never clears the site's stored progress.
 */
export function webAppManifest(description: string): WebAppManifest {
	return {
		id: '/',
		name: SITE_NAME,
		short_name: SITE_NAME,
		description,
		lang: 'en',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		// One colour only in a manifest: the light theme's top bar, which is dark in both themes.
		theme_color: THEME_COLORS.light,
		background_color: THEME_COLORS.light,
		icons: [
			{ src: ICON_PATHS.any64, sizes: '64x64', type: 'image/png' },
			{ src: ICON_PATHS.any192, sizes: '192x192', type: 'image/png' },
			{ src: ICON_PATHS.any512, sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: ICON_PATHS.maskable512, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
			{ src: ICON_PATHS.svg, sizes: 'any', type: 'image/svg+xml' },
		],
	};
}
