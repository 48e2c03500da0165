import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchemaFor } from './lib/content/docs-schema';
import { DEFAULT_SITE_URL } from './lib/site';

/** Where articles live; the scale benchmark points this at a generated folder. */
const base = process.env.DOCS_CONTENT_DIR ?? './src/content/docs';

const docs = defineCollection({
	// Files starting with "_" are drafts or partials and never become pages.
	loader: glob({ base, pattern: '**/[^_]*.{md,mdx}' }),
	// The site's own address (astro.config.mjs `site`), which no page's sources may link to.
	schema: docsSchemaFor(import.meta.env.SITE ?? DEFAULT_SITE_URL),
});

export const collections = { docs };
