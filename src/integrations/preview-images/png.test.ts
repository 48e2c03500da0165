import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngRows, pngWriter } from './png.ts';

/** A picture's pixels without the rows' filter bytes. */
function pixels(picture: ReturnType<typeof pngRows>): Buffer {
	const rgb = Buffer.alloc(picture.width * picture.height * 3);
	for (let y = 0; y < picture.height; y++)
		picture.rows.copy(rgb, y * picture.width * 3, y * picture.stride + 1, (y + 1) * picture.stride);
	return rgb;
}

describe('pngWriter', () => {
	it('writes PNGs that decode to the picture, its fixed rows compressed once and the rest each time', async () => {
		const picture = pngRows(37, 23);
		for (let i = 0; i < picture.rows.length; i++)
			if (i % picture.stride) picture.rows[i] = (i * 7) % 251;
		const write = pngWriter(picture, 9, 1);
		for (const seed of [1, 2]) {
			for (let y = 9; y < picture.height; y++)
				for (let x = 1; x < picture.stride; x++)
					picture.rows[y * picture.stride + x] = (x * y * seed) % 256;
			const { data, info } = await sharp(write()).raw().toBuffer({ resolveWithObject: true });
			expect({ width: info.width, height: info.height, channels: info.channels }).toEqual({
				width: 37,
				height: 23,
				channels: 3,
			});
			expect(data.equals(pixels(picture))).toBe(true);
		}
	});
});
