import { describe, expect, it } from 'vitest';
import { joinWords, readBandSvg, type TextRun } from './band-svg.ts';

const style =
	'font-weight="700" font-style="normal" font-size="60" font-family="inter" fill="#1b1f24"';
const text = (x: number, width: number, content: string) =>
	`<text x="${x}" y="203" width="${width}" height="69" ${style}>${content}</text>`;

describe('readBandSvg', () => {
	it('reads the runs of text and the filled boxes, skipping the masks satori never applies', () => {
		const svg = `<svg width="1200" height="424" viewBox="0 0 1200 424" xmlns="http://www.w3.org/2000/svg"><mask id="m"><rect x="0" y="0" width="1200" height="424" fill="#fff"/></mask><rect x="0" y="0" width="1200" height="424" fill="#ffffff"/>${text(72, 40, 'Q')}${text(112, 40, '&amp;')}</svg>`;
		const runs = readBandSvg(svg);
		expect(runs?.map((run) => run.kind)).toEqual(['shape', 'text', 'text']);
		expect(runs?.[2]).toMatchObject({
			x: 112,
			y: 203,
			text: '&amp;',
			fontSize: 60,
			fill: '#1b1f24',
		});
	});

	it('gives up on what it cannot place as tiles, so the band is drawn whole', () => {
		const image = `<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg"><image x="0" y="0" width="4" height="4" href="data:,"/></svg>`;
		const masked = `<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="4" height="4" fill="#fff" mask="url(#m)"/></svg>`;
		expect(readBandSvg(image)).toBeUndefined();
		expect(readBandSvg(masked)).toBeUndefined();
	});
});

describe('joinWords', () => {
	it('joins the pieces of a word, as satori draws them together, but not across a space', () => {
		const svg = `<svg width="1200" height="424" xmlns="http://www.w3.org/2000/svg">${text(72, 78.5, 'Wi')}${text(150.5, 28, '-')}${text(178.5, 51.5, 'Fi')}${text(230, 14.2, ' ')}${text(244.2, 20, 'a')}</svg>`;
		const words = joinWords(readBandSvg(svg) ?? []) as TextRun[];
		expect(words.map((word) => [word.text, word.x, word.width])).toEqual([
			['Wi-Fi', 72, 158],
			[' ', 230, 14.2],
			['a', 244.2, 20],
		]);
	});
});
