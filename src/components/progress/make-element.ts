/** A new element with a class and text content (text, never markup, so stored titles stay text). */
export function makeElement<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className = '',
	text = ''
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text) node.textContent = text;
	return node;
}
