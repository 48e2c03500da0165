import type { VFile } from 'vfile';

/**
 * An article's front matter as Astro hands it to remark plugins (`file.data.astro.frontmatter`).
 * What a plugin adds reaches pages as `remarkPluginFrontmatter` from `render(entry)`.
 */
export function pluginFrontmatter(file: VFile): Record<string, unknown> {
	const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
	return (astro.frontmatter ??= {});
}
