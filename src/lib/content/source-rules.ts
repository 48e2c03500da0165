/**
 * The rules a page's Sources list must follow, as pure checks the docs schema runs at build time:
 * Apple's own documents come first, no source is a page of this site, and every iOS version the
 * page says it is written for is one that at least one source describes.
 */

/** What the rules need of one source: its address and the iOS versions it describes. */
export interface SourceFacts {
	url: string;
	iosVersions: readonly string[];
}

/** One broken rule, with the path of the field at fault (as zod reports paths). */
export interface SourceProblem {
	path: (string | number)[];
	message: string;
}

/** Whether a document is Apple's own: served from apple.com or one of its subdomains. */
export function isAppleDocument(url: string): boolean {
	const host = hostOf(url);
	return host === 'apple.com' || host.endsWith('.apple.com');
}

/** Whether an address points at this site (the same host as `siteUrl`, with or without "www."). */
export function isOwnSite(url: string, siteUrl: string): boolean {
	const host = hostOf(url);
	return host !== '' && bareHost(host) === bareHost(hostOf(siteUrl));
}

/**
 * Whether a source that describes `sourceVersion` backs a page written for `pageVersion`: the same
 * version, or one a point release of the other ("17" and "17.4"), since a page names major versions
 * and a source often a point release of one.
 */
export function versionBacks(sourceVersion: string, pageVersion: string): boolean {
	const source = sourceVersion.split('.');
	const page = pageVersion.split('.');
	const shared = Math.min(source.length, page.length);
	return source.slice(0, shared).join('.') === page.slice(0, shared).join('.');
}

/** Every rule the page's sources break, each with the field to fix; empty when all hold. */
export function sourceProblems(
	page: { iosVersions: readonly string[]; sources: readonly SourceFacts[] },
	siteUrl: string
): SourceProblem[] {
	const problems: SourceProblem[] = [];
	const firstOther = page.sources.findIndex((source) => !isAppleDocument(source.url));
	page.sources.forEach((source, index) => {
		if (isOwnSite(source.url, siteUrl))
			problems.push({
				path: ['sources', index, 'url'],
				message: `A source must be a document elsewhere, not a page of this site (${siteUrl}).`,
			});
		if (firstOther !== -1 && index > firstOther && isAppleDocument(source.url))
			problems.push({
				path: ['sources', index, 'url'],
				message: "List Apple's own documents first, before any other publisher's.",
			});
	});
	page.iosVersions.forEach((version, index) => {
		const backed = page.sources.some((source) =>
			source.iosVersions.some((described) => versionBacks(described, version))
		);
		if (!backed)
			problems.push({
				path: ['iosVersions', index],
				message: `No source describes iOS ${version}: add one whose iosVersions include it, or drop the version.`,
			});
	});
	return problems;
}

/** The host name, lower case and without a trailing dot; empty for an address that isn't one. */
function hostOf(url: string): string {
	return URL.canParse(url) ? new URL(url).hostname.toLowerCase().replace(/\.$/, '') : '';
}

function bareHost(host: string): string {
	return host.replace(/^www\./, '');
}
