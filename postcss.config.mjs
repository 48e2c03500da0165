// @ts-check
import postcssGlobalData from '@csstools/postcss-global-data';
import postcssCustomMedia from 'postcss-custom-media';

/**
 * Custom media queries (`@media (--rail)`) from src/styles/custom-media.css, the one place the
 * breakpoints are written, replaced by their queries in every stylesheet, components' scoped
 * styles included. Vite runs PostCSS for all CSS; its own pipeline (Lightning CSS only minifies
 * here) does not resolve custom media. global-data makes the one file's definitions visible to
 * every stylesheet without importing it; src/styles/custom-media.test.ts fails on a name that is
 * used but not defined (postcss-custom-media would leave it, never matching).
 */
export default {
	plugins: [
		postcssGlobalData({ files: ['src/styles/custom-media.css'] }),
		postcssCustomMedia({ preserve: false }),
	],
};
