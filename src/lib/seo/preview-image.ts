/** The size link previews expect (Open Graph, X/Twitter's large card): 1.91:1. */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Where every preview image is written in the built site. */
export const PREVIEW_IMAGE_DIR = '/og/';

/** The path of a page's preview image: `/fixes/storage-full/` → `/og/fixes/storage-full.png`. */
export function previewImagePath(pagePath: string): string {
	const name = pagePath.replace(/^\/|\/$/g, '') || 'index';
	return `${PREVIEW_IMAGE_DIR}${name}.png`;
}

/** What a preview image shows: the page's heading and its section. */
export interface PreviewImageJob {
	/** The image's path in the built site, from previewImagePath. */
	path: string;
	title: string;
	section: string;
}
