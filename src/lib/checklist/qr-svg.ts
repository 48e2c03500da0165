import { encode } from 'uqr';

/** Quiet zone around the code, in modules: the four a scanner expects. */
const QUIET = 4;

/**
 * The mask is fixed rather than scored: scoring all eight is 90% of the time a code takes (1.3 ms
 * against 0.11 ms; 6 s of a 5,000-article build), every mask scans, and this is the one scoring
 * picks for three in four of this site's addresses.
 */
const MASK_PATTERN = 2;

/**
 * A QR code of `text` as a small inline SVG: one stroked path of horizontal runs (about 2 KB for
 * a page's address, where a square per module takes four times that), black on white in either theme, so
 * phone cameras read it from a dark screen or paper alike. `label` names it for screen readers.
 */
export function qrSvg(text: string, label: string): string {
	const { data, size } = encode(text, { ecc: 'M', border: 0, maskPattern: MASK_PATTERN });
	const runs: string[] = [];
	data.forEach((row, y) => {
		for (let x = 0; x < size; x++) {
			if (!row[x]) continue;
			const start = x;
			while (row[x + 1]) x++;
			// A one-module-high line through the middle of the row.
			runs.push(`M${start + QUIET} ${y + QUIET}.5h${x - start + 1}`);
		}
	});
	const side = size + 2 * QUIET;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" ` +
		`aria-label="${escapeAttribute(label)}" shape-rendering="crispEdges">` +
		`<rect width="${side}" height="${side}" fill="#fff"/>` +
		`<path stroke="#000" d="${runs.join('')}"/></svg>`
	);
}

function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
