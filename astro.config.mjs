// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { pagefindIntegration } from './src/integrations/pagefind';
import { linkCheckIntegration } from './src/integrations/link-check';
import { remarkChecklists } from './src/integrations/remark-checklists';

/** The public origin the site is served from; canonical URLs and the sitemap are built from it. */
const site = process.env.SITE_URL || 'https://backup-rescue.example';

export default defineConfig({
	site,
	// Directory URLs (`/fixes/storage-full/`) so links survive any static host.
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		// The remark pipeline (not Astro 7's default Sätteri) so the build can check checklists with
		// an ordinary remark plugin; MDX inherits it.
		processor: unified({
			remarkPlugins: [[remarkChecklists, { requireIn: ['/content/docs/fixes/'] }]],
		}),
	},
	integrations: [
		mdx(),
		preact(),
		// Search results and the 404 page are for people, not crawlers.
		sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
		pagefindIntegration(),
		linkCheckIntegration(),
	],
	// Nothing is prefetched: the reader's data plan matters more than a few ms.
	prefetch: false,
});
