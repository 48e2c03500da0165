import satori, { type Font } from 'satori';
import sharp from 'sharp';
import type { BandRun, ShapeRun, TextRun } from './band-svg.ts';

/** Pixels drawn once and placed many times: RGBA, and where its top left corner goes in the band. */
export interface Tile {
	width: number;
	height: number;
	/** RGBA, not premultiplied, as sharp writes an SVG's pixels. */
	rgba: Buffer;
	/** Its pixels as RGB when every one is fully covered: placed by copying rows. */
	rgb?: Buffer;
	left: number;
	top: number;
}

/** A tile still to draw: its size, the SVG markup that draws it from (0, 0), and its offset. */
interface Sketch {
	width: number;
	height: number;
	markup: string;
	left: number;
	top: number;
}

/**
 * Bytes of tiles a worker keeps: a word's tile is 30–100 KB, and every synthetic title of
 * bench:scale ends in a case number never seen before, so an unbounded cache grew by 100 KB a card.
 */
const TILE_BUDGET = 64 * 1024 * 1024;

/** Memory a tile holds. */
function tileBytes(tile: Tile): number {
	return tile.rgba.length + (tile.rgb?.length ?? 0);
}

/** Where a value lands on the pixel grid: whole pixels, and the rest in quarters of a pixel. */
function snap(value: number): { whole: number; quarter: number } {
	const quarters = Math.round(value * 4);
	const whole = Math.floor(quarters / 4);
	return { whole, quarter: quarters - whole * 4 };
}

/**
 * Draws runs as tiles and keeps each, so a word, a space or the section's label is laid out and
 * rasterised once per worker however many cards show it. A text run's tile is keyed by its text,
 * style and position within a pixel (to a quarter), so its glyphs land within an eighth of a pixel
 * of where the card drawn whole puts them. A card's new tiles are rasterised together, in one SVG:
 * each call to sharp costs about 2 ms however small the picture.
 */
export function tileCache(fonts: Font[]) {
	// In the order last used, so the least used go first when the tiles outgrow their budget.
	const tiles = new Map<string, Tile>();
	let bytes = 0;
	/** Keeps a tile, forgetting the least recently used beyond the budget. */
	function keep(key: string, tile: Tile): void {
		tiles.set(key, tile);
		bytes += tileBytes(tile);
		for (const [oldKey, old] of tiles) {
			if (bytes <= TILE_BUDGET) break;
			tiles.delete(oldKey);
			bytes -= tileBytes(old);
		}
	}
	/** Where satori starts a line of a style on its own: a text tile's paths are moved from there. */
	const origins = new Map<string, { x: number; y: number }>();

	/** A run's key and offset: the tile's pixels depend only on the key, its place on the offset. */
	function locate(run: BandRun): { key: string; left: number; top: number } {
		if (run.kind === 'shape') {
			const left = Math.floor(run.x);
			const top = Math.floor(run.y);
			// The same shape at another place: its path's start made relative to the tile, as the key.
			const markup = run.markup
				.replace(/\s(x|y)="[^"]*"/g, '')
				.replace(
					/\bd="M([\d.-]+),([\d.-]+)/,
					(_, px: string, py: string) => `d="M${Number(px) - left},${Number(py) - top}`
				);
			return { key: `s|${run.x - left}|${run.y - top}|${markup}`, left, top };
		}
		const x = snap(run.x);
		const y = snap(run.y);
		const style = `${run.fontFamily}|${run.fontSize}|${run.fontWeight}|${run.fontStyle}|${run.fill}`;
		return { key: `t|${style}|${x.quarter}|${y.quarter}|${run.text}`, left: x.whole, top: y.whole };
	}

	/** Markup that draws a shape run from the tile's corner. */
	function sketchShape(run: ShapeRun): Sketch {
		const left = Math.floor(run.x);
		const top = Math.floor(run.y);
		return {
			width: Math.ceil(run.x - left + run.width),
			height: Math.ceil(run.y - top + run.height),
			markup: `<g transform="translate(${-left} ${-top})">${run.markup}</g>`,
			left: 0,
			top: 0,
		};
	}

	/**
	 * Markup that draws a run of text as satori does (its glyphs as paths), its baseline starting a
	 * quarter-pixel fraction into the tile's origin pixel, with room for glyphs reaching past its box.
	 */
	async function sketchText(run: TextRun): Promise<Sketch> {
		const node = {
			type: 'div',
			key: null,
			props: {
				style: {
					display: 'flex',
					whiteSpace: 'pre',
					fontFamily: run.fontFamily,
					fontSize: run.fontSize,
					fontWeight: Number(run.fontWeight),
					fontStyle: run.fontStyle,
					color: run.fill,
				},
				children: unescapeXml(run.text),
			},
		} as Parameters<typeof satori>[0];
		const size = {
			width: Math.ceil(run.width) + 4 * run.fontSize,
			height: 3 * run.fontSize,
			fonts,
		};
		const styleKey = `${run.fontFamily}|${run.fontSize}|${run.fontWeight}|${run.fontStyle}`;
		let origin = origins.get(styleKey);
		if (!origin) {
			const placed = /<text x="([^"]*)" y="([^"]*)"/.exec(
				await satori(node, { ...size, embedFont: false })
			);
			origin = { x: Number(placed?.[1] ?? 0), y: Number(placed?.[2] ?? 0) };
			origins.set(styleKey, origin);
		}
		const paths = /^<svg\b[^>]*>(.*)<\/svg>$/s.exec(await satori(node, size))?.[1] ?? '';
		const margin = Math.ceil(run.fontSize / 2);
		const ascent = Math.ceil(run.fontSize * 1.25);
		// Satori gives an ellipsis that ends a clamped title the width of the space it replaced.
		const extent = run.width + (run.text.includes('…') ? run.fontSize : 0);
		const x = snap(run.x);
		const y = snap(run.y);
		return {
			width: Math.ceil(extent) + 2 * margin + 1,
			height: ascent + margin + 1,
			markup: `<g transform="translate(${margin + x.quarter / 4 - origin.x} ${ascent + y.quarter / 4 - origin.y})">${paths}</g>`,
			left: -margin,
			top: -ascent,
		};
	}

	/** The tiles for a card's runs, in their order, those not met before drawn now. */
	return async function tilesFor(runs: readonly BandRun[]): Promise<Tile[]> {
		const located = runs.map(locate);
		// This card's tiles, whatever the budget makes the cache forget meanwhile.
		const found = new Map<string, Tile>();
		const missing = new Map<string, Sketch>();
		for (const [i, run] of runs.entries()) {
			const { key } = located[i]!;
			if (found.has(key) || missing.has(key)) continue;
			const known = tiles.get(key);
			if (known) {
				// Used again: moved to the end of the map's order.
				tiles.delete(key);
				tiles.set(key, known);
				found.set(key, known);
			} else missing.set(key, run.kind === 'shape' ? sketchShape(run) : await sketchText(run));
		}
		if (missing.size) {
			const drawn = await rasteriseAll([...missing.values()]);
			[...missing.keys()].forEach((key, i) => {
				found.set(key, drawn[i]!);
				keep(key, drawn[i]!);
			});
		}
		return located.map(({ key, left, top }) => {
			const tile = found.get(key)!;
			return { ...tile, left: tile.left + left, top: tile.top + top };
		});
	};
}

/** Sketches rasterised in one SVG, one above the other, then cut apart. */
async function rasteriseAll(sketches: readonly Sketch[]): Promise<Tile[]> {
	const width = Math.max(...sketches.map((sketch) => sketch.width));
	let height = 0;
	const parts = sketches.map((sketch) => {
		const part = `<g transform="translate(0 ${height})"><svg width="${sketch.width}" height="${sketch.height}" overflow="hidden">${sketch.markup}</svg></g>`;
		height += sketch.height;
		return part;
	});
	const svg = `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
	const rgba = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer();
	let row = 0;
	return sketches.map((sketch) => {
		const pixels = Buffer.alloc(sketch.width * sketch.height * 4);
		for (let y = 0; y < sketch.height; y++, row++)
			rgba.copy(pixels, y * sketch.width * 4, row * width * 4, (row * width + sketch.width) * 4);
		return toTile(pixels, sketch);
	});
}

/** A tile from its RGBA pixels, with an RGB copy when it is opaque throughout. */
function toTile(rgba: Buffer, sketch: Sketch): Tile {
	const tile: Tile = {
		width: sketch.width,
		height: sketch.height,
		rgba,
		left: sketch.left,
		top: sketch.top,
	};
	let opaque = true;
	for (let i = 3; i < rgba.length && opaque; i += 4) opaque = rgba[i] === 255;
	if (opaque) {
		const rgb = Buffer.alloc(sketch.width * sketch.height * 3);
		for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
			rgb[j] = rgba[i]!;
			rgb[j + 1] = rgba[i + 1]!;
			rgb[j + 2] = rgba[i + 2]!;
		}
		tile.rgb = rgb;
	}
	return tile;
}

/** XML's five escapes undone, as satori wrote the run's text. */
function unescapeXml(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) =>
		name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'"
	);
}
