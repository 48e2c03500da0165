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

/** Whether two URL paths name the same page, ignoring a trailing slash. */
export function isSamePath(a: string, b: string): boolean {
	const normalise = (path: string) => (path.endsWith('/') ? path : `${path}/`);
	return normalise(a) === normalise(b);
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
