/** A URL-fragment-safe slug from any text: lowercase ASCII words joined by hyphens. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** What a slug looks like: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a value is a slug (an id of a checklist, a step or a page segment). */
export function isSlug(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 100 && SLUG_PATTERN.test(value);
}
