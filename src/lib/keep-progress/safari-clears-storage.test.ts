import { describe, expect, it } from 'vitest';
import { safariMayClearStorage } from './safari-clears-storage.ts';

const IPHONE_SAFARI =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const IPAD_SAFARI_DESKTOP =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const IPHONE_CHROME =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1';
const IPHONE_EDGE =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 EdgiOS/131.0.2903.68 Mobile/15E148 Safari/605.1.15';
const ANDROID_CHROME =
	'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

const traits = (userAgent: string, maxTouchPoints = 5, standalone = false) => ({
	userAgent,
	maxTouchPoints,
	standalone,
});

describe('safariMayClearStorage', () => {
	it('is true for Safari on an iPhone, in a tab', () => {
		expect(safariMayClearStorage(traits(IPHONE_SAFARI))).toBe(true);
	});

	it('is true for Safari on an iPad that asks for desktop pages, told apart by touch', () => {
		expect(safariMayClearStorage(traits(IPAD_SAFARI_DESKTOP, 5))).toBe(true);
		expect(safariMayClearStorage(traits(IPAD_SAFARI_DESKTOP, 0))).toBe(false);
	});

	it('is false when the site was opened from the Home Screen', () => {
		expect(safariMayClearStorage(traits(IPHONE_SAFARI, 5, true))).toBe(false);
	});

	it('is false in other browsers, on iPhone or elsewhere', () => {
		for (const userAgent of [IPHONE_CHROME, IPHONE_EDGE, ANDROID_CHROME])
			expect(safariMayClearStorage(traits(userAgent)), userAgent).toBe(false);
	});
});
