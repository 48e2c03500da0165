/** A link in the top bar's main navigation. */
export interface MainLink {
	label: string;
	href: string;
	/** Paths under this prefix count as inside the section. */
	matchPrefix?: string;
}

/** The main sections shown in the top bar, left to right. */
export const MAIN_LINKS: readonly MainLink[] = [
	{ label: 'Start here', href: '/' },
	{ label: 'Fixes', href: '/fixes/', matchPrefix: '/fixes/' },
	{ label: 'Error messages', href: '/errors/', matchPrefix: '/errors/' },
	{ label: 'Your progress', href: '/progress/', matchPrefix: '/progress/' },
];

/** Whether the reader is on this main link's page or inside its section. */
export function isMainLinkCurrent(link: MainLink, currentPath: string): boolean {
	if (link.matchPrefix) return currentPath.startsWith(link.matchPrefix);
	return currentPath === link.href;
}
