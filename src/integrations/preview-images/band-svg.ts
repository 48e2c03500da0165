/** A run of text as satori placed it: its baseline's start, in pixels of the band, and its style. */
export interface TextRun {
	kind: 'text';
	x: number;
	y: number;
	width: number;
	/** Still XML-escaped, as satori wrote it. */
	text: string;
	fontFamily: string;
	fontSize: number;
	fontWeight: string;
	fontStyle: string;
	fill: string;
}

/** A filled shape (a box's background) and the box it is drawn in. */
export interface ShapeRun {
	kind: 'shape';
	x: number;
	y: number;
	width: number;
	height: number;
	/** The element as satori wrote it. */
	markup: string;
}

/** What the band is made of, in drawing order. */
export type BandRun = TextRun | ShapeRun;

const ELEMENT =
	/<(mask)\b[^>]*>.*?<\/mask>|<(text)\b([^>]*)>(.*?)<\/text>|<(rect|path)\b([^>]*)\/>|<[^>]*>/gs;
const ATTRIBUTE = /\s([a-z-]+)="([^"]*)"/g;
const TEXT_ATTRIBUTES = [
	'x',
	'y',
	'width',
	'height',
	'font-weight',
	'font-style',
	'font-size',
	'font-family',
	'fill',
];
const SHAPE_ATTRIBUTES = ['x', 'y', 'width', 'height', 'fill', 'd'];

/**
 * Reads the band's SVG as satori writes it with `embedFont: false`: each run of text with its
 * position, each filled box. Masks satori defines but never applies are skipped. Returns undefined
 * for anything else (an image, a clip, a transform, a border…), which the caller draws whole.
 */
export function readBandSvg(svg: string): BandRun[] | undefined {
	const body = /^<svg\b[^>]*>(.*)<\/svg>$/s.exec(svg.trim())?.[1];
	if (body === undefined || /\b(mask|clip-path|filter|transform)="/.test(body)) return undefined;
	const runs: BandRun[] = [];
	for (const match of body.matchAll(ELEMENT)) {
		const [whole, mask, text, textAttributes, content, shape, shapeAttributes] = match;
		if (mask) continue;
		if (text) {
			const a = attributes(textAttributes ?? '', TEXT_ATTRIBUTES);
			if (!a) return undefined;
			runs.push({
				kind: 'text',
				x: Number(a.x),
				y: Number(a.y),
				width: Number(a.width),
				text: content ?? '',
				fontFamily: a['font-family'] ?? '',
				fontSize: Number(a['font-size']),
				fontWeight: a['font-weight'] ?? '400',
				fontStyle: a['font-style'] ?? 'normal',
				fill: a.fill ?? '#000',
			});
		} else if (shape) {
			const a = attributes(shapeAttributes ?? '', SHAPE_ATTRIBUTES);
			if (!a) return undefined;
			runs.push({
				kind: 'shape',
				x: Number(a.x),
				y: Number(a.y),
				width: Number(a.width),
				height: Number(a.height),
				markup: whole,
			});
		} else return undefined;
	}
	return runs;
}

/** An element's attributes, or undefined if it has one the band's drawing does not know. */
function attributes(source: string, known: readonly string[]): Record<string, string> | undefined {
	const found: Record<string, string> = {};
	for (const [, name, value] of source.matchAll(ATTRIBUTE)) {
		if (!name || value === undefined || !known.includes(name)) return undefined;
		found[name] = value;
	}
	return found;
}

/**
 * Joins runs satori measured apart but draws as one word when it turns text into paths (letters
 * and the punctuation touching them, as "Wi-Fi" or "1)"): Inter shapes them together, raising a
 * hyphen or a bracket beside capitals and figures, so a word's tile must be drawn whole.
 */
export function joinWords(runs: readonly BandRun[]): BandRun[] {
	const joined: BandRun[] = [];
	for (const run of runs) {
		const last = joined.at(-1);
		if (
			run.kind === 'text' &&
			last?.kind === 'text' &&
			run.text.trim() &&
			last.text.trim() &&
			run.y === last.y &&
			Math.abs(last.x + last.width - run.x) < 0.01 &&
			sameStyle(run, last)
		) {
			joined[joined.length - 1] = {
				...last,
				text: last.text + run.text,
				width: last.width + run.width,
			};
		} else joined.push(run);
	}
	return joined;
}

/** Two runs of text set alike. */
function sameStyle(a: TextRun, b: TextRun): boolean {
	return (
		a.fontFamily === b.fontFamily &&
		a.fontSize === b.fontSize &&
		a.fontWeight === b.fontWeight &&
		a.fontStyle === b.fontStyle &&
		a.fill === b.fill
	);
}
