/**
 * Model names after a device name: "iPhone 7", "iPhone 15 Pro Max", "iPad Air", "iPhone SE". Every
 * article is for every model, so a model says nothing about which problem a query is, and its
 * number would otherwise count as a rare, telling word.
 */

/** The device names a model follows. */
const DEVICES: ReadonlySet<string> = new Set(['iphone', 'ipad', 'ipod']);

/** Words of a model's name, besides its number. */
const MODEL_WORDS: ReadonlySet<string> = new Set([
	'pro',
	'max',
	'plus',
	'mini',
	'se',
	'air',
	'xr',
	'xs',
	'x',
	'e',
	'touch',
	'gen',
	'generation',
]);

/** A model number or generation: "7", "15", "2nd", "3rd", "4th". */
const MODEL_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;

/** The tokens without the model names that follow a device name; the device name stays. */
export function dropDeviceModels(tokens: readonly string[]): string[] {
	const kept: string[] = [];
	let inModel = false;
	for (const token of tokens) {
		if (DEVICES.has(token)) {
			inModel = true;
			kept.push(token);
			continue;
		}
		if (inModel && (MODEL_NUMBER.test(token) || MODEL_WORDS.has(token))) continue;
		inModel = false;
		kept.push(token);
	}
	return kept;
}
