import { z } from 'astro/zod';
import { SECTION_IDS } from '../nav/sections.ts';
import { curlyQuotes } from '../format/typography.ts';
import { SLUG_PATTERN } from '../slugify.ts';
import { sourceProblems } from './source-rules.ts';

/** Text shown to readers as written, with typographic quotes and apostrophes. */
const prose = (min: number) => z.string().min(min).transform(curlyQuotes);

/** The devices an article can apply to. */
const DEVICES = ['iPhone', 'iPad'] as const;

/** One message or status text an article resolves, as written in its `errors` front matter. */
const errorEntrySchema = z
	.union([
		z.string().min(3),
		z.strictObject({
			/** The text exactly as the device shows it (on an iPad, write "iPhone" anyway: search maps one to the other). */
			message: z.string().min(3),
			/** What the message means, in plain words, for the error reference. Required on the primary article. */
			meaning: prose(10).optional(),
			/** This article is the first fix to try for the message. Needed when several articles list it. */
			primary: z.boolean().default(false),
			/** False when sources only paraphrase the message; the reference then says the wording varies. */
			exact: z.boolean().default(true),
		}),
	])
	.transform((entry) =>
		typeof entry === 'string'
			? { message: entry, primary: false, exact: true, meaning: undefined }
			: entry
	);

/** One parsed `errors` entry. */
export type ErrorEntry = z.output<typeof errorEntrySchema>;

/** An iOS or iPadOS version number as front matter writes it: "26" or "17.4". */
const iosVersionSchema = z
	.string()
	.regex(/^\d+(\.\d+)*$/, 'Use version numbers like "18" or "17.4"');

/** One entry of an article's Sources list: a public document that supports what the page says. */
const sourceSchema = z.strictObject({
	/**
	 * The document's own title, e.g. "If you can't back up your iPhone with iCloud"; where the copy
	 * we read shows none, a plain description that doesn't pose as one ("An article on …").
	 */
	title: prose(3),
	/** Who published it, e.g. "Apple Support" or "Macworld"; Apple's own documents are listed first. */
	publisher: z.string().min(2),
	/** Its public https address; never a page of this site. */
	url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
	/** The iOS versions whose screens or steps this document describes, when it says so. */
	iosVersions: z.array(iosVersionSchema).default([]),
});

/** One parsed `sources` entry. */
export type SourceEntry = z.output<typeof sourceSchema>;

/** The fields, before the rules that compare one field with another. */
const docsFields = z.strictObject({
	/** The page title as a reader would say the problem, e.g. "iCloud storage is full". */
	title: prose(1),
	/** One or two sentences shown as the lead paragraph and as the meta description. */
	description: z.string().min(20).max(200).transform(curlyQuotes),
	/** How readers describe the problem in their own words ("icloud full cant backup", "work phone won't let me back up"); search weighs them, and the page lists them as "You may have searched for". */
	symptoms: z.array(z.string().min(3).max(120)).default([]),
	/** Which left-rail section the page belongs to. */
	section: z.enum(SECTION_IDS),
	/** Position within its section; lower comes first. Ties are broken by title. */
	order: z.number().int().nonnegative(),
	/** A shorter label for the left rail, when the title is too long for it. */
	navLabel: prose(1).optional(),
	/** A shorter title for search results (the <title>), when the title is over 70 characters. */
	searchTitle: z.string().min(1).max(70).transform(curlyQuotes).optional(),
	/** The date a person last reviewed the page against its sources (and a device, where one was at hand). */
	lastReviewed: z.coerce.date(),
	/**
	 * The iOS/iPadOS versions the steps were checked against, e.g. ["18", "26"]; shown as "Written
	 * for". Each one must be described by at least one of the page's sources.
	 */
	iosVersions: z.array(iosVersionSchema).min(1),
	/** Exact error messages or status texts this page resolves, quoted as the device shows them. */
	errors: z.array(errorEntrySchema).default([]),
	/** The devices the page applies to. */
	devices: z.array(z.enum(DEVICES)).min(1).default(['iPhone', 'iPad']),
	/** The slug of the fix to try next if this one did not help, e.g. "wifi-network" for /fixes/wifi-network/. */
	nextFix: z.string().regex(SLUG_PATTERN, 'Use the slug of a fix, e.g. "wifi-network"').optional(),
	/** Roughly how many minutes the fix takes, when the page is a fix. */
	timeToFix: z.number().int().positive().optional(),
	/**
	 * The public documents behind the page's claims, Apple's own first; shown as its Sources list.
	 * Every version in `iosVersions` must be one that at least one source describes.
	 */
	sources: z.array(sourceSchema).min(1, 'List at least one public source for what the page says.'),
});

/**
 * Front matter of every page in the `docs` collection: the single source of truth for its fields.
 * `siteUrl` is the site's own address, which no source may point at.
 */
export function docsSchemaFor(siteUrl: string) {
	return docsFields.superRefine((data, context) => {
		// Zod runs this even when fields failed; the rules need both lists to compare them.
		if (!Array.isArray(data.sources) || !Array.isArray(data.iosVersions)) return;
		for (const problem of sourceProblems(data, siteUrl))
			context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
	});
}

/** Parsed front matter of a docs page. */
export type DocsData = z.output<typeof docsFields>;
