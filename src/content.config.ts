import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from './lib/docs-schema';

const docs = defineCollection({
	// Files starting with "_" are drafts or partials and never become pages.
	loader: glob({ base: './src/content/docs', pattern: '**/[^_]*.{md,mdx}' }),
	schema: docsSchema,
});

export const collections = { docs };
