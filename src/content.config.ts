import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from './lib/content/docs-schema';

/** Where articles live; the scale benchmark points this at a generated folder. */
const base = process.env.DOCS_CONTENT_DIR ?? './src/content/docs';

const docs = defineCollection({
	// Files starting with "_" are drafts or partials and never become pages.
	loader: glob({ base, pattern: '**/[^_]*.{md,mdx}' }),
	schema: docsSchema,
});

export const collections = { docs };
