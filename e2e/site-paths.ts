import { readFileSync } from 'node:fs';

/**
 * Every page in the built sitemap, read from dist/ when the test files load, so each page gets
 * its own test (and the two workers share them). `npm test` always builds before the browser tests.
 */
export function builtSitemapPaths(): string[] {
	const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/** Pages readers reach that the sitemap leaves out on purpose. */
export const UNLISTED_PATHS = ['/search/?q=backup', '/404.html'];
