import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PREVIEW_IMAGE_SIZE } from '../../lib/seo/preview-image.ts';
import { CARD_BODY, cardFonts, logoSource, previewCard } from './card.ts';
import { prepareCardDrawing } from './draw.ts';

const site = { name: 'Backup Rescue', host: 'backup-rescue.example' };
const { width } = PREVIEW_IMAGE_SIZE;
const short = { title: 'Restart your iPhone', section: 'Fixes' };
const long = {
	title:
		'The backup stops at the same point every night although the iPhone is charging, locked and on a Wi-Fi network it trusts, and nothing in Settings explains why',
	section: 'Errors',
};

/** The card as satori lays it out whole (text as paths) and sharp rasterises it, as grey pixels. */
async function wholeCard(page: { title: string; section: string }): Promise<Buffer> {
	const svg = await satori(previewCard(page, { ...site, logo: logoSource() }), {
		...PREVIEW_IMAGE_SIZE,
		fonts: cardFonts(),
	});
	return sharp(Buffer.from(svg)).greyscale().raw().toBuffer();
}

/** A PNG's size and grey pixels. */
async function decode(png: Buffer): Promise<{ width: number; height: number; grey: Buffer }> {
	const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, grey: data };
}

/**
 * The largest mean difference over any 16×16 square of two pictures: a glyph moved by a fraction of
 * a pixel changes a square a little, a glyph missing or out of place changes it a lot.
 */
function worstSquareDifference(a: Buffer, b: Buffer, rows: [number, number]): number {
	let worst = 0;
	for (let top = rows[0]; top + 16 <= rows[1]; top += 8)
		for (let left = 0; left + 16 <= width; left += 8) {
			let sum = 0;
			for (let y = top; y < top + 16; y++)
				for (let x = left; x < left + 16; x++)
					sum += Math.abs(a[y * width + x]! - b[y * width + x]!);
			worst = Math.max(worst, sum / 256);
		}
	return worst;
}

/** Rows of the card in [start, end) as bytes of grey pixels. */
const rows = (grey: Buffer, start: number, end: number) =>
	grey.subarray(start * width, end * width);

describe('prepareCardDrawing', () => {
	it('draws 1200×630 cards that look like the card drawn whole: title band in place, long titles cut with an ellipsis', async () => {
		const draw = await prepareCardDrawing(site);
		for (const page of [short, long]) {
			const card = await decode(await draw(page));
			const whole = await wholeCard(page);
			expect({ width: card.width, height: card.height }).toEqual(PREVIEW_IMAGE_SIZE);
			// The top bar, logo, name and footer are the same pixels.
			expect(rows(card.grey, 0, CARD_BODY.top).equals(rows(whole, 0, CARD_BODY.top))).toBe(true);
			const bandEnd = CARD_BODY.top + CARD_BODY.height;
			expect(rows(card.grey, bandEnd, card.height).equals(rows(whole, bandEnd, card.height))).toBe(
				true
			);
			// The band: each glyph where the whole card has it, to a fraction of a pixel.
			expect(
				worstSquareDifference(card.grey, whole, [CARD_BODY.top, bandEnd]),
				page.title
			).toBeLessThan(24);
		}
	}, 30_000);

	it('notices a glyph out of place', async () => {
		const draw = await prepareCardDrawing(site);
		const card = await decode(await draw(long));
		const other = await wholeCard({ ...long, title: long.title.replace('Wi-Fi', 'WiFi.') });
		const bandEnd = CARD_BODY.top + CARD_BODY.height;
		expect(worstSquareDifference(card.grey, other, [CARD_BODY.top, bandEnd])).toBeGreaterThan(24);
	}, 30_000);

	it('draws the same card for the same page, whatever it drew before', async () => {
		const draw = await prepareCardDrawing(site);
		const first = await draw(short);
		await draw(long);
		const [again, alongside] = await Promise.all([draw(short), draw(long)]);
		expect(again.equals(first)).toBe(true);
		expect(alongside.equals(await (await prepareCardDrawing(site))(long))).toBe(true);
	}, 30_000);
});
