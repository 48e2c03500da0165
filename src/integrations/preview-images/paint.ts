import type { Tile } from './tiles.ts';

/** An RGB picture being painted: its first pixel at `offset`, each row `stride` bytes after the last. */
export interface Canvas {
	rgb: Buffer;
	width: number;
	height: number;
	stride: number;
	offset: number;
}

/**
 * Paints a tile over the canvas at its place, as an SVG renderer paints one element over the ones
 * before: each pixel blended by the tile's coverage; parts outside the canvas are cut off.
 */
export function paintTile(canvas: Canvas, tile: Tile): void {
	const x0 = Math.max(0, tile.left);
	const y0 = Math.max(0, tile.top);
	const x1 = Math.min(canvas.width, tile.left + tile.width);
	const y1 = Math.min(canvas.height, tile.top + tile.height);
	if (x0 >= x1 || y0 >= y1) return;
	const { rgb } = canvas;
	if (tile.rgb) {
		for (let y = y0; y < y1; y++) {
			const s = ((y - tile.top) * tile.width + (x0 - tile.left)) * 3;
			tile.rgb.copy(rgb, canvas.offset + y * canvas.stride + x0 * 3, s, s + (x1 - x0) * 3);
		}
		return;
	}
	const src = tile.rgba;
	for (let y = y0; y < y1; y++) {
		let s = ((y - tile.top) * tile.width + (x0 - tile.left)) * 4;
		let d = canvas.offset + y * canvas.stride + x0 * 3;
		for (let x = x0; x < x1; x++, s += 4, d += 3) {
			const a = src[s + 3]!;
			if (a === 0) continue;
			if (a === 255) {
				rgb[d] = src[s]!;
				rgb[d + 1] = src[s + 1]!;
				rgb[d + 2] = src[s + 2]!;
				continue;
			}
			const keep = 255 - a;
			rgb[d] = (rgb[d]! * keep + src[s]! * a + 127) / 255;
			rgb[d + 1] = (rgb[d + 1]! * keep + src[s + 1]! * a + 127) / 255;
			rgb[d + 2] = (rgb[d + 2]! * keep + src[s + 2]! * a + 127) / 255;
		}
	}
}
