/** What the browser says about itself, as the notice's check needs it. */
export interface BrowserTraits {
	userAgent: string;
	/** `navigator.maxTouchPoints`: an iPad's Safari says it is a Mac, but a Mac has no touch screen. */
	maxTouchPoints: number;
	/** Opened from the Home Screen: `navigator.standalone` or the display-mode media query. */
	standalone: boolean;
}

/** Other browsers on iPhone and iPad, which name themselves in Safari's user agent. */
const OTHER_BROWSERS =
	/\b(CriOS|FxiOS|EdgiOS|OPiOS|OPT|GSA|YaBrowser|DuckDuckGo|Ddg|FBAN|FBAV|Instagram)\b/;

/** A Safari that deletes stored data after a week without a visit, by what the reader can do. */
export type ClearingSafari =
	/** On iPhone or iPad, in a tab: a Home Screen site keeps its data. */
	| 'iphone-ipad'
	/** On a Mac: WebKit's rule covers Safari there too, and no exemption is documented. */
	| 'mac';

/**
 * Which Safari this is, if it is one whose tracking prevention deletes a site's stored data (our
 * progress with it) after seven days of Safari use without a visit (WebKit, Safari 13.1 and iOS
 * 13.4 on): Safari on an iPhone or iPad in a tab, or Safari on a Mac. Undefined for other browsers
 * and for a site opened from the Home Screen or the Dock, so nothing is said that isn't true there.
 */
export function clearingSafari({
	userAgent,
	maxTouchPoints,
	standalone,
}: BrowserTraits): ClearingSafari | undefined {
	if (standalone || OTHER_BROWSERS.test(userAgent)) return undefined;
	// Safari proper says "Version/…" before "Safari/…"; in-app browsers and Chrome don't.
	if (!/\bVersion\/[\d.]+.*\bSafari\//.test(userAgent)) return undefined;
	if (/\biP(hone|od|ad)\b/.test(userAgent)) return 'iphone-ipad';
	if (!/\bMacintosh\b/.test(userAgent)) return undefined;
	// iPadOS asks for desktop pages with a Mac's user agent; only the touch screen tells.
	return maxTouchPoints > 1 ? 'iphone-ipad' : 'mac';
}
