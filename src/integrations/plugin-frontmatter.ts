import type { MdastVisitorContext } from 'satteri';

/**
 * An article's front matter as Astro hands it to Markdown plugins (`ctx.data.astro.frontmatter`).
 * What a plugin adds reaches pages as `remarkPluginFrontmatter` from `render(entry)`.
 */
export function pluginFrontmatter(context: MdastVisitorContext): Record<string, unknown> {
	const data = context.data as { astro?: { frontmatter?: Record<string, unknown> } };
	const astro = (data.astro ??= {});
	return (astro.frontmatter ??= {});
}
