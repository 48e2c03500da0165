import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { qrSvg } from './qr-svg.ts';

/** Rasterise the SVG's path (runs of whole modules) into RGBA pixels, 4 px a module, and decode it. */
function decodeSvg(svg: string): string | undefined {
	const side = Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1]);
	const scale = 4;
	const width = side * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)\.5h(\d+)/g)) {
		for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
			for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
				pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
			}
		}
	}
	return jsQR(pixels, width, width)?.data;
}

describe('qrSvg', () => {
	it('draws a code that an independent decoder reads back exactly', () => {
		const link =
			'https://backup-rescue.example/progress/#continue=1~fixes/storage-full!check-icloud-storage!0.t4z1z4,2.t4z1z5!';
		expect(decodeSvg(qrSvg(link, 'QR code'))).toBe(link);
	});

	it('reads back with its fixed mask at every length the site prints, up to a long progress link', () => {
		const links = Array.from(
			{ length: 60 },
			(_, index) =>
				`https://backup-rescue.example/fixes/${'a-longer-slug-'.repeat(index % 12)}${index}/`
		);
		links.push(
			`https://backup-rescue.example/progress/#continue=1~${'fixes/x!steps!0.t4z1z4,'.repeat(40)}`
		);
		for (const link of links) expect(decodeSvg(qrSvg(link, 'QR code'))).toBe(link);
	});

	it('keeps a link’s code small and names it for screen readers, escaped', () => {
		const svg = qrSvg(
			'https://backup-rescue.example/fixes/storage-full/',
			'Code for "this" <page>'
		);
		expect(svg.length).toBeLessThan(3200);
		expect(svg).toContain('aria-label="Code for &quot;this&quot; &lt;page>"');
		expect(encode('x').size).toBeGreaterThan(0);
	});
});
