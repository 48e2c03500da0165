import { extractTextItems } from 'unpdf';

/** A printed PDF as tests read it: how many pages, and its text line by line. */
export interface PdfText {
	pages: number;
	text: string;
}

/**
 * Page count and text of a PDF (from `page.pdf()`), read in JavaScript with PDF.js (unpdf), so
 * the tests need no system tools. Text items are laid out in lines by position, with a space
 * wherever a gap separates two items, the way a reader sees them ("1. Open", not "1.Open").
 */
export async function readPdf(pdf: Uint8Array): Promise<PdfText> {
	// PDF.js takes ownership of the buffer it is given: pass a copy.
	const { totalPages, items } = await extractTextItems(new Uint8Array(pdf));
	const text = items.map((pageItems) => pageLines(pageItems).join('\n')).join('\n\f\n');
	return { pages: totalPages, text };
}

type Item = Awaited<ReturnType<typeof extractTextItems>>['items'][number][number];

/** The page's text items as lines, top to bottom and left to right. */
function pageLines(items: Item[]): string[] {
	const lines: Item[][] = [];
	const sorted = items.filter((item) => item.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
	for (const item of sorted) {
		// Items on one baseline, within a third of the font size, make a line.
		const line = lines.find((candidate) => {
			const first = candidate[0];
			return first !== undefined && Math.abs(first.y - item.y) < item.fontSize / 3;
		});
		if (line) line.push(item);
		else lines.push([item]);
	}
	return lines.map((line) => {
		let text = '';
		let end: number | undefined;
		for (const item of line.sort((a, b) => a.x - b.x)) {
			const gap = end === undefined ? 0 : item.x - end;
			if (end !== undefined && gap > item.fontSize * 0.15 && !/\s$/.test(text)) text += ' ';
			text += item.str;
			end = item.x + item.width;
		}
		return text.replace(/\s+/g, ' ').trim();
	});
}
