/** What the link check needs from one built page: the ids it offers and the URLs it points to. */
export interface PageLinks {
	/** Fragment targets: every id, and the name of every <a name>. */
	ids: Set<string>;
	/** Every href, src and srcset URL, entities decoded, as written. */
	links: string[];
}

/** A link that leads nowhere on the built site. */
export interface BrokenLink {
	/** The page it is on, as a site path ("/fixes/storage-full/"). */
	page: string;
	/** The link as written. */
	link: string;
	/** Why: no such file, or no such id on the page it names. */
	reason: 'missing page' | 'missing fragment';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Decode the few entities Astro writes inside attribute values. */
function decodeAttribute(value: string): string {
	return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * The ids and links of one page of Astro's output, whose attribute values are always
 * double-quoted. Scripts' and styles' bodies are skipped, so a URL in code is not a link.
 */
export function pageLinks(html: string): PageLinks {
	const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2>');
	const ids = new Set<string>();
	const links: string[] = [];
	for (const [tag = ''] of markup.matchAll(/<[a-zA-Z][^>]*>/g)) {
		for (const [, name = '', raw = ''] of tag.matchAll(/\s(id|name|href|src|srcset)="([^"]*)"/g)) {
			const value = decodeAttribute(raw);
			if (name === 'id' || (name === 'name' && /^<a\s/i.test(tag))) ids.add(value);
			else if (name === 'srcset')
				links.push(...value.split(',').flatMap((entry) => entry.trim().split(/\s+/)[0] ?? []));
			else if (name === 'href' || name === 'src') links.push(value);
		}
	}
	return { ids, links: links.filter(Boolean) };
}

/** The site path of a built HTML file: "fixes/a/index.html" → "/fixes/a/", "404.html" → "/404.html". */
export function sitePath(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Whether a link stays on this site (not another origin, not mailto:, tel: or data:). */
export function isInternal(link: string): boolean {
	return !/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith('//');
}

/**
 * The links among `pages` (site path → its ids and links) that lead to no file in `files` (every
 * file of the build, as site paths) or to an id the target page does not have. Links to other
 * sites and non-web schemes (mailto:, tel:, data:) are not checked: a build needs no network.
 */
export function brokenLinks(
	pages: ReadonlyMap<string, PageLinks>,
	files: ReadonlySet<string>
): BrokenLink[] {
	const broken: BrokenLink[] = [];
	for (const [page, { links }] of pages) {
		const base = new URL(page, 'http://site.invalid');
		for (const link of links) {
			if (!isInternal(link)) continue;
			const url = new URL(link, base);
			const path = decodeURIComponent(url.pathname);
			const target = [path, `${path}index.html`, `${path}/index.html`].find((candidate) =>
				files.has(candidate)
			);
			if (!target) {
				broken.push({ page, link, reason: 'missing page' });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (!fragment) continue;
			const targetPage = pages.get(sitePath(target.slice(1)));
			if (targetPage && !targetPage.ids.has(fragment))
				broken.push({ page, link, reason: 'missing fragment' });
		}
	}
	return broken;
}
