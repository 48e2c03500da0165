import { describe, expect, it } from 'vitest';
import { clearingSafari } from './safari-clears-storage.ts';

const IPHONE_SAFARI =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
/** Safari on a Mac; an iPad asking for desktop pages sends the same. */
const MAC_SAFARI =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const IPHONE_CHROME =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1';
const IPHONE_EDGE =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 EdgiOS/131.0.2903.68 Mobile/15E148 Safari/605.1.15';
const MAC_CHROME =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ANDROID_CHROME =
	'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

const traits = (userAgent: string, maxTouchPoints = 5, standalone = false) => ({
	userAgent,
	maxTouchPoints,
	standalone,
});

describe('clearingSafari', () => {
	it('is an iPhone or iPad for Safari on an iPhone, in a tab', () => {
		expect(clearingSafari(traits(IPHONE_SAFARI))).toBe('iphone-ipad');
	});

	it('tells an iPad that asks for desktop pages from a Mac by its touch screen', () => {
		expect(clearingSafari(traits(MAC_SAFARI, 5))).toBe('iphone-ipad');
		expect(clearingSafari(traits(MAC_SAFARI, 0))).toBe('mac');
	});

	it('is undefined when the site was opened from the Home Screen or the Dock', () => {
		expect(clearingSafari(traits(IPHONE_SAFARI, 5, true))).toBeUndefined();
		expect(clearingSafari(traits(MAC_SAFARI, 0, true))).toBeUndefined();
	});

	it('is undefined in other browsers, on iPhone, Mac or elsewhere', () => {
		for (const userAgent of [IPHONE_CHROME, IPHONE_EDGE, MAC_CHROME, ANDROID_CHROME])
			expect(clearingSafari(traits(userAgent, 0)), userAgent).toBeUndefined();
	});
});
