/** The URL path of a docs entry, from its collection id: `index` is the start page, `fixes/x` is `/fixes/x/`. */
export function pathForId(id: string): string {
	if (id === 'index') return '/';
	const trimmed = id.replace(/\/index$/, '');
	return `/${trimmed}/`;
}

/** The route `slug` param for a docs entry id (undefined for the start page). */
export function slugForId(id: string): string | undefined {
	const path = pathForId(id);
	return path === '/' ? undefined : path.slice(1, -1);
}

/** A path with exactly one trailing slash, as this site writes its page paths. */
export function withTrailingSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

/** Whether two URL paths name the same page, ignoring a trailing slash. */
export function isSamePath(a: string, b: string): boolean {
	return withTrailingSlash(a) === withTrailingSlash(b);
}

/**
 * Whether a value is the path of a page of this site's shape: one leading slash, slug segments,
 * a trailing slash (`/`, `/fixes/storage-full/`). Anything else, such as `//host` or
 * `/a?b`, could lead off the site when used as a link.
 */
export function isPagePath(value: unknown): value is string {
	return (
		typeof value === 'string' &&
		value.length <= 300 &&
		/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/.test(value)
	);
}
