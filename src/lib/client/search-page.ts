import { loadPagefind } from './pagefind';

/**
 * The /search/ results page: reads `q` from the address, runs it through Pagefind and lists the
 * results in rank order. The query is only ever written with textContent, so markup in it is shown
 * as text. Pagefind's excerpts come from our own built pages, with only <mark> added by Pagefind.
 */
export async function runSearchPage(): Promise<void> {
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	const input = document.querySelector<HTMLInputElement>('#search-page-input');
	if (!status || !list || !input) return;

	const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
	input.value = query;
	if (!query) {
		status.textContent = 'Type a few words, or paste the message your iPhone or iPad shows.';
		input.focus();
		return;
	}

	status.textContent = `Searching for “${query}”…`;
	try {
		const pagefind = await loadPagefind();
		const { results } = await pagefind.search(query);
		const pages = await Promise.all(results.slice(0, 20).map((result) => result.data()));
		list.replaceChildren(...pages.map(renderResult));
		status.textContent =
			pages.length === 0
				? `No pages match “${query}”. Try fewer words, or browse the error messages.`
				: `${pages.length} ${pages.length === 1 ? 'page matches' : 'pages match'} “${query}”.`;
	} catch (error) {
		status.textContent = error instanceof Error ? error.message : 'Search failed to load.';
	}
}

function renderResult(page: {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = page.url;
	link.textContent = page.meta.title ?? page.url;
	const excerpt = document.createElement('p');
	excerpt.innerHTML = page.excerpt;
	item.append(link, excerpt);
	return item;
}
