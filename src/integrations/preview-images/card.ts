import { readFileSync } from 'node:fs';
import type satori from 'satori';
import type { Font } from 'satori';
import { PREVIEW_IMAGE_SIZE } from '../../lib/seo/preview-image.ts';

/** Inter from @fontsource (a file in node_modules, never a CDN); satori reads WOFF, not WOFF2. */
const FONT_DIR = new URL('../../../node_modules/@fontsource/inter/files/', import.meta.url);

/** The files a card is drawn from: Inter regular and bold, and the logo (public/favicon.svg). */
export const CARD_FILES = {
	fonts: {
		400: new URL('inter-latin-400-normal.woff', FONT_DIR),
		700: new URL('inter-latin-700-normal.woff', FONT_DIR),
	},
	logo: new URL('../../../public/favicon.svg', import.meta.url),
} as const;

/** The fonts a card is set in: Inter bold for the title, regular for the rest. */
export function cardFonts(): Font[] {
	const font = (weight: 400 | 700): Font => ({
		name: 'Inter',
		weight,
		style: 'normal',
		data: readFileSync(CARD_FILES.fonts[weight]),
	});
	return [font(400), font(700)];
}

/** The logo as an image source satori can draw. */
export function logoSource(): string {
	return `data:image/svg+xml;base64,${readFileSync(CARD_FILES.logo).toString('base64')}`;
}

/** The colours of the site's light theme (styles/tokens.css). */
const COLORS = {
	headerBg: '#1f2a37',
	headerText: '#f3f4f6',
	bg: '#ffffff',
	text: '#1b1f24',
	muted: '#4f5661',
	accent: '#0b62c4',
	accentBg: '#e8f1fc',
	border: '#d9dde3',
};

/** An element tree as satori takes it. */
type CardNode = Parameters<typeof satori>[0];

/** One element of satori's tree, written as objects: the build has no JSX runtime for this. */
function h(type: string, style: Record<string, unknown>, children?: unknown, props = {}): CardNode {
	return { type, key: null, props: { style, children, ...props } } as CardNode;
}

/** The top bar's height, the footer's and its top border's: what lies around the body. */
const HEADER_HEIGHT = 120;
const FOOTER_HEIGHT = 84;
const FOOTER_BORDER = 2;

/**
 * The band between the top bar and the footer, in pixels of the card: the only part that differs
 * from page to page, so the worker lays out and rasterises just this and copies it into the rest.
 */
export const CARD_BODY = {
	top: HEADER_HEIGHT,
	height: PREVIEW_IMAGE_SIZE.height - HEADER_HEIGHT - FOOTER_HEIGHT - FOOTER_BORDER,
} as const;

/** The card's outer box: the site's font, text colour and page white. */
function cardFrame(height: number, children: unknown[]): CardNode {
	return h(
		'div',
		{
			width: PREVIEW_IMAGE_SIZE.width,
			height,
			display: 'flex',
			flexDirection: 'column',
			background: COLORS.bg,
			fontFamily: 'Inter',
			color: COLORS.text,
		},
		children
	);
}

/** The top bar with the logo and the site's name. */
function cardHeader(site: { name: string; logo: string }): CardNode {
	return h(
		'div',
		{
			display: 'flex',
			alignItems: 'center',
			height: HEADER_HEIGHT,
			padding: '0 72px',
			background: COLORS.headerBg,
			color: COLORS.headerText,
			fontSize: 40,
			fontWeight: 700,
		},
		[
			h('img', { width: 64, height: 64, marginRight: 24 }, undefined, {
				src: site.logo,
				width: 64,
				height: 64,
			}),
			site.name,
		]
	);
}

/** The section as a label and the page's heading, large, centred in the band; empty on the base. */
function cardBody(page?: { title: string; section: string }): CardNode {
	return h(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			flexGrow: 1,
			justifyContent: 'center',
			padding: '0 72px',
		},
		page
			? [
					h(
						'div',
						{
							display: 'flex',
							alignSelf: 'flex-start',
							padding: '6px 18px',
							marginBottom: 28,
							borderRadius: 8,
							background: COLORS.accentBg,
							color: COLORS.accent,
							fontSize: 30,
							fontWeight: 700,
						},
						page.section
					),
					h(
						'div',
						{ display: 'block', fontSize: 60, fontWeight: 700, lineHeight: 1.15, lineClamp: 3 },
						page.title
					),
				]
			: []
	);
}

/** The footer: a rule and the site's address. */
function cardFooter(host: string): CardNode {
	return h(
		'div',
		{
			display: 'flex',
			height: FOOTER_HEIGHT,
			alignItems: 'center',
			padding: '0 72px',
			borderTop: `${FOOTER_BORDER}px solid ${COLORS.border}`,
			color: COLORS.muted,
			fontSize: 28,
		},
		host
	);
}

/**
 * A page's preview card in the site's look: the top bar with the logo and name, then the section
 * as a label and the page's heading, large, on the page's white, and the site's address below.
 * Without a page, the card's fixed parts only (the base the worker draws once).
 */
export function previewCard(
	page: { title: string; section: string } | undefined,
	site: { name: string; host: string; logo: string }
): CardNode {
	return cardFrame(PREVIEW_IMAGE_SIZE.height, [
		cardHeader(site),
		cardBody(page),
		cardFooter(site.host),
	]);
}

/** Only the band of a page's card that differs between pages (CARD_BODY), laid out as in the card. */
export function previewCardBody(page: { title: string; section: string }): CardNode {
	return cardFrame(CARD_BODY.height, [cardBody(page)]);
}
