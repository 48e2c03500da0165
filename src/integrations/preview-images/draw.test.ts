import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PREVIEW_IMAGE_SIZE } from '../../lib/seo/preview-image.ts';
import { cardFonts, logoSource, previewCard } from './card.ts';
import { prepareCardDrawing } from './draw.ts';

const site = { name: 'Backup Rescue', host: 'backup-rescue.example' };

/** The card as satori lays it out whole and sharp rasterises it, as RGB pixels. */
async function wholeCard(page: { title: string; section: string }): Promise<Buffer> {
	const svg = await satori(previewCard(page, { ...site, logo: logoSource() }), {
		...PREVIEW_IMAGE_SIZE,
		fonts: cardFonts(),
	});
	return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
}

describe('prepareCardDrawing', () => {
	it('draws each card as the whole card would look, from its fixed parts and its body band', async () => {
		const draw = await prepareCardDrawing(site);
		const pages = [
			{ title: 'Restart your iPhone', section: 'Fixes' },
			{
				title:
					'The backup stops at the same point every night although the iPhone is charging, locked and on a Wi-Fi network it trusts, and nothing in Settings explains why',
				section: 'Errors',
			},
		];
		for (const page of pages) {
			const png = await draw(page);
			const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
			expect({ width: info.width, height: info.height }).toEqual(PREVIEW_IMAGE_SIZE);
			expect(data.equals(await wholeCard(page)), page.title).toBe(true);
		}
	}, 30_000);
});
