import type { Thing, WithContext } from 'schema-dts';

/** What a page tells search engines about itself: schema.org things, each with its context. */
export type StructuredData = WithContext<Thing>[];

/** The schema.org context every thing on the site is written in. */
export const SCHEMA_CONTEXT = 'https://schema.org';

/**
 * The things as the text of one `<script type="application/ld+json">`: a top-level array rather
 * than an `@graph`, which some validators (structured-data-testing-tool) don't look into.
 */
export function serializeJsonLd(data: StructuredData): string {
	// "<" never appears raw, so no "</script>" or "<!--" in a title can end the element early.
	return JSON.stringify(data).replaceAll('<', '\\u003c');
}
