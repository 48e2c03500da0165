/**
 * Marks the "In this article" link of the section being read with aria-current="true".
 * The current section is the last heading scrolled past the top quarter of the viewport, which
 * stays stable while a long section fills the screen (unlike "the heading that is visible").
 */
export function setUpTocHighlight(): void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
	if (links.length === 0) return;
	const headings = [...new Set(links.map((link) => link.dataset.tocLink))]
		.map((slug) => (slug ? document.getElementById(slug) : null))
		.filter((heading): heading is HTMLElement => heading !== null);

	let frame = 0;
	const update = () => {
		frame = 0;
		const line = window.innerHeight / 4;
		let current: string | undefined = headings[0]?.id;
		for (const heading of headings) {
			if (heading.getBoundingClientRect().top <= line) current = heading.id;
			else break;
		}
		// At the very bottom the last sections may never reach the line; the last one is being read.
		if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
			current = headings.at(-1)?.id;
		}
		for (const link of links) {
			if (link.dataset.tocLink === current) link.setAttribute('aria-current', 'true');
			else link.removeAttribute('aria-current');
		}
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(update);
	};
	addEventListener('scroll', schedule, { passive: true });
	addEventListener('resize', schedule, { passive: true });
	update();
}
