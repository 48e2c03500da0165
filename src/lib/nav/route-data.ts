import type { SectionId } from './sections.ts';
import type { DocsData, ErrorEntry, SourceEntry } from '../content/docs-schema.ts';
import { buildBreadcrumbs, type Crumb } from './breadcrumbs.ts';
import { buildNavigation, type NavSection, type NavSource } from './navigation.ts';
import { findPrevNext, type PageLink } from './pagination.ts';
import { pathForId } from '../routes.ts';
import { buildToc, SOURCES_TOC_ITEM, type Heading, type TocItem } from './toc.ts';

/** The review line under an article's lead (PageMeta.astro). */
export type Review = Pick<DocsData, 'lastReviewed' | 'iosVersions' | 'devices' | 'timeToFix'>;

/**
 * Everything DocsLayout renders around a page's content, for any page: an article from the docs
 * collection or a page that lists others. Routes build it here and pass it whole, so the layout
 * reads one object and no route computes props of its own.
 */
export interface RouteData {
	path: string;
	title: string;
	description: string;
	/** A shorter label for the left rail and search results (front matter `navLabel`). */
	navLabel?: string;
	/** A shorter title for web search results, the <title> (front matter `searchTitle`). */
	searchTitle?: string;
	/** The messages this page fixes (front matter `errors`). */
	errors: ErrorEntry[];
	/** How readers describe the problem in their own words (front matter `symptoms`). */
	symptoms: string[];
	/** The article's section (front matter `section`); listings have none. */
	section?: SectionId;
	/** The review line; only articles have one. */
	review?: Review;
	/** False on pages that only list other pages: no review line, and left out of search. */
	isArticle: boolean;
	navigation: NavSection[];
	toc: TocItem[];
	crumbs: Crumb[];
	prev?: PageLink;
	next?: PageLink;
	/** The fix to try next (front matter `nextFix`), offered when a checklist did not help. */
	nextFix?: PageLink;
	/** The documents behind the page (front matter `sources`), listed at its end; none on listings. */
	sources: SourceEntry[];
}

/** A docs entry as the route has it: its id, its file (for errors) and its parsed front matter. */
export interface RouteEntry extends NavSource {
	filePath?: string;
	data: DocsData;
}

/** The route data of an article: its front matter, its headings and its place among the others. */
export function articleRouteData(
	entry: RouteEntry,
	entries: readonly RouteEntry[],
	headings: readonly Heading[]
): RouteData {
	const { data } = entry;
	const path = pathForId(entry.id);
	return {
		path,
		title: data.title,
		description: data.description,
		navLabel: data.navLabel,
		searchTitle: data.searchTitle,
		errors: data.errors,
		symptoms: data.symptoms,
		section: data.section,
		review: {
			lastReviewed: data.lastReviewed,
			iosVersions: data.iosVersions,
			devices: data.devices,
			timeToFix: data.timeToFix,
		},
		isArticle: true,
		navigation: buildNavigation(entries, path),
		// The Sources list closes every article, so the outline ends with it.
		toc: [...buildToc(headings), SOURCES_TOC_ITEM],
		crumbs: buildBreadcrumbs({ title: data.navLabel ?? data.title, section: data.section, path }),
		...findPrevNext(entries, entry.id),
		nextFix: nextFixLink(entry, entries),
		sources: data.sources,
	};
}

/** The route data of a page that lists other pages (e.g. /fixes/): no review line, no outline. */
export function listingRouteData(
	page: { path: string; title: string; description: string; crumbs: Crumb[] },
	entries: readonly NavSource[]
): RouteData {
	return {
		...page,
		errors: [],
		symptoms: [],
		isArticle: false,
		navigation: buildNavigation(entries, page.path),
		toc: [],
		sources: [],
	};
}

/** Entries by id, per source list: a lookup per page, not a scan of every article. */
const byIdCache = new WeakMap<readonly RouteEntry[], ReadonlyMap<string, RouteEntry>>();

function entriesById(entries: readonly RouteEntry[]): ReadonlyMap<string, RouteEntry> {
	let byId = byIdCache.get(entries);
	if (!byId) {
		byId = new Map(entries.map((entry) => [entry.id, entry]));
		byIdCache.set(entries, byId);
	}
	return byId;
}

/**
 * The article `nextFix` names, as a link. It must be a fix: "Still failing?" and "Try next" lead a
 * reader whose backup still fails on through the fixes, never into a task such as moving to a new
 * device. Anything else fails the build, naming the file.
 */
function nextFixLink(entry: RouteEntry, entries: readonly RouteEntry[]): PageLink | undefined {
	const slug = entry.data.nextFix;
	if (!slug) return undefined;
	const next = entriesById(entries).get(`fixes/${slug}`);
	if (!next) {
		throw new Error(
			`${entry.filePath ?? entry.id}: nextFix "${slug}" is not an article in src/content/docs/fixes/.`
		);
	}
	if (next.data.section !== 'fixes') {
		throw new Error(
			`${entry.filePath ?? entry.id}: nextFix "${slug}" is in the "${next.data.section}" section, not a fix; name a page with section: fixes.`
		);
	}
	return { label: next.data.title, href: pathForId(next.id) };
}
