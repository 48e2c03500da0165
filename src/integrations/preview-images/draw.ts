import satori from 'satori';
import sharp from 'sharp';
import { PREVIEW_IMAGE_SIZE } from '../../lib/seo/preview-image.ts';
import { joinWords, readBandSvg } from './band-svg.ts';
import { CARD_BODY, cardFonts, logoSource, previewCard, previewCardBody } from './card.ts';
import { paintTile, type Canvas } from './paint.ts';
import { pngRows, pngWriter } from './png.ts';
import { tileCache } from './tiles.ts';

/** The site's name and address, as every card shows them. */
export interface CardSite {
	name: string;
	host: string;
}

/** Draws one page's card as PNG bytes. */
export type DrawCard = (page: { title: string; section: string }) => Promise<Buffer>;

const { width, height } = PREVIEW_IMAGE_SIZE;
/**
 * zlib level 3 for the rows below the top bar (the top bar's are compressed once, at level 9): about
 * 1.7 ms per card for 52 KB; level 1 saved 0.15 ms for 55 KB, level 6 took 5 ms for 44 KB.
 */
const PNG_LEVEL = 3;

/**
 * Prepares to draw cards: reads the fonts and draws the fixed parts (top bar, logo, name, footer)
 * once, as pixels. Each card then lays out only its body band, without turning text into paths,
 * paints each word (and space, and the section's label) from a tile drawn the first time this
 * worker met it, and writes the PNG, compressing the top bar's rows only once. A band satori's
 * plain layout cannot describe (an image, a clip) is drawn whole instead.
 */
export async function prepareCardDrawing(site: CardSite): Promise<DrawCard> {
	const fonts = cardFonts();
	const baseSvg = await satori(previewCard(undefined, { ...site, logo: logoSource() }), {
		width,
		height,
		fonts,
	});
	const base = await rasterise(baseSvg);
	const card = pngRows(width, height);
	for (let y = 0; y < height; y++)
		base.copy(card.rows, y * card.stride + 1, y * width * 3, (y + 1) * width * 3);
	const band: Canvas = {
		rgb: card.rows,
		width,
		height: CARD_BODY.height,
		stride: card.stride,
		// Its first pixel, after the first row's filter byte.
		offset: CARD_BODY.top * card.stride + 1,
	};
	const bandStart = CARD_BODY.top * card.stride;
	const blankBand = Buffer.from(
		card.rows.subarray(bandStart, bandStart + band.height * band.stride)
	);
	const writePng = pngWriter(card, CARD_BODY.top, PNG_LEVEL);
	const tilesFor = tileCache(fonts);
	const bandSize = { width, height: CARD_BODY.height, fonts };
	/** One card, painted over the rows the last one used: the caller waits for each in turn. */
	const drawOne = async (page: { title: string; section: string }) => {
		const svg = await satori(previewCardBody(page), { ...bandSize, embedFont: false });
		const runs = readBandSvg(svg);
		const tiles = runs ? await tilesFor(joinWords(runs)) : undefined;
		blankBand.copy(card.rows, bandStart);
		if (tiles) for (const tile of tiles) paintTile(band, tile);
		else {
			const whole = await rasterise(await satori(previewCardBody(page), bandSize));
			for (let y = 0; y < band.height; y++)
				whole.copy(card.rows, band.offset + y * band.stride, y * width * 3, (y + 1) * width * 3);
		}
		return writePng();
	};
	let last: Promise<unknown> = Promise.resolve();
	return (page) => {
		const drawn = last.then(() => drawOne(page));
		last = drawn.catch(() => undefined);
		return drawn;
	};
}

/** An opaque SVG as RGB pixels. */
function rasterise(svg: string): Promise<Buffer> {
	return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
}
