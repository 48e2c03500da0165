/** One shape of an icon; without `fill` it takes the text colour (`currentColor`). */
interface IconPath {
	d: string;
	fill?: string;
}

/** An icon's drawing: its paths and, when not 24 × 24, its view box. */
interface IconDrawing {
	viewBox?: string;
	paths: readonly IconPath[];
}

/** Every icon the site draws, by name (Icon.astro renders them). */
export const ICONS = {
	/** The site's mark in the top bar: a cloud with a tick, in fixed colours on the dark bar. */
	logo: {
		viewBox: '0 0 32 32',
		paths: [
			{
				fill: '#5aa9ff',
				d: 'M24.5 13.1A8.5 8.5 0 0 0 8.2 11 6.5 6.5 0 0 0 8.5 24h16a5.5 5.5 0 0 0 0-10.9Z',
			},
			{ fill: '#1f2a37', d: 'm15 21.2-4.2-4.2 1.6-1.6 2.6 2.6 5.6-5.6 1.6 1.6Z' },
		],
	},
	menu: { paths: [{ d: 'M3 6h18v2H3V6Zm0 5h18v2H3v-2Zm0 5h18v2H3v-2Z' }] },
	close: {
		paths: [
			{
				d: 'm6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4 6.4 5Z',
			},
		],
	},
	search: {
		paths: [
			{
				d: 'M10 2a8 8 0 0 1 6.32 12.9l5.39 5.4-1.42 1.4-5.39-5.38A8 8 0 1 1 10 2Zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12Z',
			},
		],
	},
	theme: { paths: [{ d: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18V4a8 8 0 0 1 0 16Z' }] },
	solved: {
		paths: [
			{
				d: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm-1.2 13.6 6.3-6.3-1.4-1.4-4.9 4.9-2.3-2.3-1.4 1.4 3.7 3.7Z',
			},
		],
	},
	/** iOS's ⓘ "More Info" button: an outlined circle with an i. */
	info: {
		paths: [
			{
				d: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-1 6h2v7h-2v-7Zm0-3h2v2h-2V7Z',
			},
		],
	},
	note: {
		paths: [{ d: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm-1 8v7h2v-7h-2Zm0-3v2h2V7h-2Z' }],
	},
	tip: {
		paths: [
			{
				d: 'M9 21h6v-1.5H9V21Zm3-19a7 7 0 0 0-4 12.74V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.26A7 7 0 0 0 12 2Z',
			},
		],
	},
	important: {
		paths: [
			{
				d: 'M4 3h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H8l-5 4V4a1 1 0 0 1 1-1Zm7 3v6h2V6h-2Zm0 8v2h2v-2h-2Z',
			},
		],
	},
	warning: { paths: [{ d: 'M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z' }] },
} as const satisfies Record<string, IconDrawing>;

/** The name of one of the site's icons. */
export type IconName = keyof typeof ICONS;
