import { createHash } from 'node:crypto';

/**
 * A fingerprint of everything besides a page's text that decides how its card looks: the design's
 * source, the fonts, the logo, the drawing libraries' versions. Each part is hashed with its length,
 * so moving bytes from one part to the next changes it too.
 */
export function designFingerprint(parts: readonly (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(`${part.length}:`).update(part);
	return hash.digest('hex');
}

/** The file name of a drawn card in the cache: the same only for the same design, site and text. */
export function cardCacheName(
	design: string,
	site: { name: string; host: string },
	page: { title: string; section: string }
): string {
	const key = JSON.stringify([design, site.name, site.host, page.title, page.section]);
	return `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.png`;
}
