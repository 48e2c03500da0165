// @ts-check
import { readFileSync } from 'node:fs';

/**
 * Custom media queries (`@media (--rail)`) from src/styles/custom-media.css, the one place the
 * breakpoints are written, replaced by their queries in every stylesheet, components' scoped
 * styles included. Vite runs this for all CSS; its own pipeline (Lightning CSS only minifies
 * here) does not resolve custom media. An unknown name fails the build instead of silently
 * never matching.
 */
const source = new URL('./src/styles/custom-media.css', import.meta.url);

/** @returns {Map<string, string>} */
function readCustomMedia() {
	const text = readFileSync(source, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
	return new Map(
		[...text.matchAll(/@custom-media\s+(--[\w-]+)\s+([^;]+);/g)].map((match) => [
			match[1],
			match[2].trim(),
		])
	);
}

/** @type {import('postcss').PluginCreator<void>} */
const customMedia = () => {
	const queries = readCustomMedia();
	return {
		postcssPlugin: 'backup-rescue-custom-media',
		AtRule: {
			media(rule) {
				rule.params = rule.params.replace(/\((--[\w-]+)\)/g, (_, name) => {
					const query = queries.get(name);
					if (!query) throw rule.error(`Unknown custom media ${name} (see ${source.pathname})`);
					return query;
				});
			},
		},
	};
};
customMedia.postcss = true;

export default { plugins: [customMedia()] };
