// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { linkCheckIntegration } from './src/integrations/link-check.ts';
import { repeatedIdsCheckIntegration } from './src/integrations/repeated-ids-check.ts';
import { sharedBuiltSite } from './src/integrations/built-site.ts';
import { headersIntegration } from './src/integrations/headers.ts';
import { serviceWorkerIntegration } from './src/integrations/service-worker/index.ts';
import { previewImagesIntegration } from './src/integrations/preview-images/index.ts';
import { checklistsPlugin } from './src/integrations/checklists-plugin.ts';
import { readerTextPlugin } from './src/integrations/reader-text-plugin.ts';
import { withBuildTimings } from './src/integrations/build-timings.ts';
import { cspHash } from './src/lib/build/csp-hash.ts';
import { THEME_INIT_SCRIPT } from './src/components/layout/theme-init-script.ts';
import { DEFAULT_SITE_URL } from './src/lib/site.ts';

/** The finished dist/, walked once and each page read once for every check that follows Pagefind. */
const builtSite = sharedBuiltSite();

/**
 * Astro marks every MDX page module with this directive for its own use; the bundler's warning
 * about it (one per article, with a code frame: 6 MB of log at 5,000 articles) is noise. An
 * `onLog`, because the Preact preset's `onwarn` replaces any of ours.
 * @type {import('rolldown').RolldownOptions['onLog']}
 */
const quietAstroDirectives = (level, log, handle) => {
	if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
	handle(level, log);
};

/** The public origin the site is served from; canonical URLs and the sitemap are built from it. */
const site = process.env.SITE_URL || DEFAULT_SITE_URL;

export default defineConfig({
	site,
	// Directory URLs (`/fixes/storage-full/`) so links survive any static host.
	trailingSlash: 'always',
	// Stylesheets are always files: Astro's CSP leaves some inlined component styles unhashed
	// (those of components imported in MDX), and files are cached across pages anyway.
	build: { format: 'directory', inlineStylesheets: 'never' },
	markdown: {
		// Astro 7's Sätteri (Rust): several times faster than the remark pipeline, which was most of
		// a large build. The checklist check and the reader's text are Sätteri plugins; MDX inherits them.
		// No article has a code block, and Shiki's inline styles would break the CSP: loading its
		// highlighter cost every build time for nothing.
		syntaxHighlight: false,
		processor: satteri({
			mdastPlugins: [checklistsPlugin({ requireIn: ['/content/docs/fixes/'] }), readerTextPlugin],
		}),
	},
	// Each integration's hooks are timed and the build log ends with the table (see build-timings.ts).
	integrations: withBuildTimings([
		mdx(),
		// Search results and the 404 page are for people, not crawlers.
		sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
		pagefindIntegration(),
		// After Pagefind, which adds the last files: these four share one listing of dist/.
		linkCheckIntegration(builtSite),
		repeatedIdsCheckIntegration(builtSite),
		headersIntegration(builtSite),
		// Last: the offline copy precaches the finished site, search index included.
		serviceWorkerIntegration(builtSite),
		// Drawn beside rendering, so waited for last; PNGs are not in the offline copy anyway.
		previewImagesIntegration(),
	]),
	security: {
		// Astro hashes every script and style it emits into a per-page <meta> policy; nothing inline
		// runs without a hash. It does not hash `is:inline` scripts, so the theme script's hash is
		// declared here. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval' and nothing looser.
		// The same policy goes into dist/_headers for hosts that read it (see integrations/headers.ts).
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: [cspHash(THEME_INIT_SCRIPT)],
			},
			styleDirective: { resources: ["'self'"] },
		},
	},
	vite: {
		build: {
			// One stylesheet for the whole site (about 9 KB gzip): a page needed four or five small
			// ones, each a request, and the file is cached for every later page.
			cssCodeSplit: false,
			rolldownOptions: {
				onLog: quietAstroDirectives,
				output: {
					codeSplitting: {
						groups: [
							// What the first script of most pages shares: Vite's helper for dynamic imports, the
							// highlight parameter, the offline copy's paths and the date formats (the solved notice,
							// the progress page, the checklist and print all use them). Tiny, so one file: each
							// was a request of its own.
							{
								name: 'shell',
								test: /preload-helper|lib\/(search\/params|format\/dates|offline\/offline-paths)\.ts$/,
								priority: 2,
							},
							{
								// Everything a checklist page runs from the start to save ticks, as one file: several
								// small chunks cost more to download (and compress worse) than one. The island and
								// print code stay out: they load later, by import().
								name: 'checklist',
								priority: 1,
								test: /src\/(lib\/progress\/(record|store|keys|merge)|lib\/checklist\/facts|lib\/(routes|slugify|site)|components\/checklist\/(setup-checklists|save-ticks|step-marks)|components\/progress\/browser-store)\.ts$/,
							},
						],
					},
				},
			},
		},
	},
	// Nothing is prefetched: the reader's data plan matters more than a few ms.
	prefetch: false,
});
