import { SITE_PATHS } from '../site.ts';

/**
 * The site's icons, drawn from the logo (public/favicon.svg) by `npm run icons`
 * (@vite-pwa/assets-generator, pwa-assets.config.ts) and committed in public/.
 */
export const ICON_PATHS = {
	/** The logo itself, for browsers that draw SVG icons. */
	svg: SITE_PATHS.favicon,
	any64: '/pwa-64x64.png',
	any192: '/pwa-192x192.png',
	any512: '/pwa-512x512.png',
	/** With room around the logo, for launchers that crop icons to a circle or squircle. */
	maskable512: '/maskable-icon-512x512.png',
	/** What an iPhone or iPad puts on the Home Screen (it ignores the manifest's icons). */
	appleTouch: '/apple-touch-icon-180x180.png',
} as const;
