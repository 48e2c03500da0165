// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { pagefindIntegration } from './src/integrations/pagefind';
import { linkCheckIntegration } from './src/integrations/link-check';
import { headersIntegration } from './src/integrations/headers';
import { serviceWorkerIntegration } from './src/integrations/service-worker';
import { remarkChecklists } from './src/integrations/remark-checklists';
import { remarkReaderText } from './src/integrations/remark-reader-text';
import { withBuildTimings } from './src/integrations/build-timings';
import { cspHash } from './src/lib/csp-hash';
import { THEME_INIT_SCRIPT } from './src/components/layout/theme-init-script';

/** The public origin the site is served from; canonical URLs and the sitemap are built from it. */
const site = process.env.SITE_URL || 'https://backup-rescue.example';

export default defineConfig({
	site,
	// Directory URLs (`/fixes/storage-full/`) so links survive any static host.
	trailingSlash: 'always',
	// Stylesheets are always files: Astro's CSP leaves some inlined component styles unhashed
	// (those of components imported in MDX), and files are cached across pages anyway.
	build: { format: 'directory', inlineStylesheets: 'never' },
	markdown: {
		// The remark pipeline (not Astro 7's default Sätteri) so the build can check checklists with
		// an ordinary remark plugin; MDX inherits it.
		processor: unified({
			remarkPlugins: [
				[remarkChecklists, { requireIn: ['/content/docs/fixes/'] }],
				remarkReaderText,
			],
		}),
	},
	// Each integration's hooks are timed and the build log ends with the table (see build-timings.ts).
	integrations: withBuildTimings([
		mdx(),
		preact(),
		// Search results and the 404 page are for people, not crawlers.
		sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
		pagefindIntegration(),
		linkCheckIntegration(),
		headersIntegration(),
		// Last: the offline copy precaches the finished site, search index included.
		serviceWorkerIntegration(),
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
				output: {
					codeSplitting: {
						groups: [
							// What the first script of most pages shares: Vite's helper for dynamic imports, the
							// highlight parameter, the offline copy's paths and the date formats (the solved notice,
							// the progress page, the checklist and print all use them). Tiny, so one file: each
							// was a request of its own.
							{
								name: 'shell',
								test: /preload-helper|lib\/(search\/params|dates|offline-paths)\.ts$/,
								priority: 2,
							},
							{
								// Everything a checklist page runs from the start to save ticks, as one file: several
								// small chunks cost more to download (and compress worse) than one. The island and
								// print code stay out: they load later, by import().
								name: 'checklist',
								priority: 1,
								test: /src\/(lib\/progress\/(record|store|keys|merge)|lib\/checklist\/facts|lib\/(routes|slugify)|components\/checklist\/(setup-checklists|save-ticks|step-marks)|components\/progress\/browser-store)\.ts$/,
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
