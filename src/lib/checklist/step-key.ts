/**
 * A step's name in a "Continue on another device" link: four base-36 characters from a hash
 * (32-bit FNV-1a) of its id. Ids never change, so the name survives steps inserted, removed or
 * moved by a later build, and it is far shorter than most ids. The build fails if two steps of
 * one checklist would share a name (index-file.ts).
 */
export function stepKey(stepId: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < stepId.length; index++) {
		hash ^= stepId.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return ((hash >>> 0) % KEY_SPACE).toString(36).padStart(KEY_LENGTH, '0');
}

/** How many characters a step key has. */
export const KEY_LENGTH = 4;

const KEY_SPACE = 36 ** KEY_LENGTH;
