import { formatLongDate } from '../../lib/format/dates';

/** Puts back what the last press changed, if `afterprint` has not already. */
let undoLast = () => {};

/**
 * "Print checklist": prints the page's title and its checklists only, with a line giving the
 * page's short address and the date. It marks what to keep (the title, each checklist) and the
 * path from them up to <body>; print CSS in checklist.css hides everything else while <html> has
 * the `print-checklists` class. `afterprint` undoes it all, so the browser's own Print (the whole
 * article) is unaffected.
 */
export function printChecklists(): void {
	// A press whose `afterprint` never came (some browsers skip it when printing is cancelled):
	// undo it first, so each press prints one "printed" line, not one more than the last.
	undoLast();
	const root = document.documentElement;
	const title = document.querySelector('h1');
	const meta = document.createElement('p');
	meta.className = 'print-meta';
	const date = formatLongDate(new Date(), { inReaderTimeZone: true });
	meta.textContent = `${location.host}${location.pathname} · printed ${date}`;
	title?.after(meta);

	const marked: Element[] = [];
	const mark = (element: Element, role: 'keep' | 'path') => {
		element.setAttribute('data-print-keep', role);
		marked.push(element);
	};
	for (const element of [
		title,
		meta,
		...document.querySelectorAll('[data-checklist], [data-print-return]'),
	]) {
		if (!element) continue;
		mark(element, 'keep');
		for (let parent = element.parentElement; parent && parent !== document.body;) {
			if (!parent.hasAttribute('data-print-keep')) mark(parent, 'path');
			parent = parent.parentElement;
		}
	}
	root.classList.add('print-checklists');

	const undo = () => {
		removeEventListener('afterprint', undo);
		undoLast = () => {};
		root.classList.remove('print-checklists');
		for (const element of marked) element.removeAttribute('data-print-keep');
		meta.remove();
	};
	undoLast = undo;
	addEventListener('afterprint', undo, { once: true });
	print();
}
