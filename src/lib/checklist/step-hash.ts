/**
 * A short, stable fingerprint of a step's text (32-bit FNV-1a, base 36). It only has to notice
 * that the wording changed since the reader ticked the step, not resist tampering. Whitespace is
 * collapsed first so re-wrapping a paragraph does not count as a change.
 */
export function hashStepText(text: string): string {
	const normalised = text.replace(/\s+/g, ' ').trim();
	let hash = 0x811c9dc5;
	for (let index = 0; index < normalised.length; index++) {
		hash ^= normalised.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}
