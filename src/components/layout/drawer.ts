/**
 * The mobile navigation drawer. While it is open, every other top-level part of the page is
 * `inert`, which keeps keyboard and screen-reader focus inside the drawer without a hand-written
 * focus trap; Escape, the close button and the backdrop close it and return focus to the menu button.
 */
export function setUpDrawer(): void {
	const openButton = document.querySelector<HTMLButtonElement>('[data-drawer-open]');
	const drawer = document.querySelector<HTMLElement>('[data-drawer]');
	const closeButton = document.querySelector<HTMLButtonElement>('[data-drawer-close]');
	const backdrop = document.querySelector<HTMLElement>('[data-drawer-backdrop]');
	if (!openButton || !drawer || !closeButton || !backdrop) return;

	const root = document.documentElement;
	// Everything beside the drawer, at every level up to <body>, is what must become inert.
	const siblingsUpTo = (element: HTMLElement): HTMLElement[] => {
		const result: HTMLElement[] = [];
		let node: HTMLElement | null = element;
		while (node && node !== document.body) {
			const parent: HTMLElement | null = node.parentElement;
			if (parent) {
				for (const child of parent.children) {
					if (child !== node && child instanceof HTMLElement && child !== backdrop)
						result.push(child);
				}
			}
			node = parent;
		}
		return result;
	};

	let inerted: HTMLElement[] = [];

	const open = () => {
		root.dataset.drawerOpen = '';
		backdrop.hidden = false;
		openButton.setAttribute('aria-expanded', 'true');
		inerted = siblingsUpTo(drawer);
		for (const element of inerted) element.inert = true;
		(drawer.querySelector<HTMLElement>('[aria-current="page"]') ?? closeButton).focus();
	};

	const close = () => {
		if (!('drawerOpen' in root.dataset)) return;
		delete root.dataset.drawerOpen;
		backdrop.hidden = true;
		openButton.setAttribute('aria-expanded', 'false');
		for (const element of inerted) element.inert = false;
		inerted = [];
		openButton.focus();
	};

	openButton.addEventListener('click', open);
	closeButton.addEventListener('click', close);
	backdrop.addEventListener('click', close);
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') close();
	});
	// Growing the window past the breakpoint turns the drawer back into a rail, and hides the menu
	// button: its CSS (--rail in styles/custom-media.css) is the one place the width is written.
	addEventListener('resize', () => {
		// getComputedStyle rather than checkVisibility(), which iOS has only since 17.4.
		if ('drawerOpen' in root.dataset && getComputedStyle(openButton).display === 'none') close();
	});
}
