import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

/**
 * The site's icons from its logo, written beside it into public/ by `npm run icons` and committed
 * (lib/seo/icons.ts names them). The maskable and Home Screen icons are padded on the logo's own
 * dark blue, so a launcher's circle or an iPhone's rounded square shows no white rim.
 */
export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: {
		...minimal2023Preset,
		// The favicon is the SVG; old browsers that want a .ico get none rather than a 48 px blur.
		transparent: { ...minimal2023Preset.transparent, favicons: [] },
		maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: '#1f2a37' } },
		apple: { sizes: [180], padding: 0.3, resizeOptions: { background: '#1f2a37' } },
	},
	images: ['public/favicon.svg'],
});
