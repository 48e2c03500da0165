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

/**
 * Whether this is Safari on an iPhone or iPad, in a tab rather than from the Home Screen: the one
 * browser whose tracking prevention deletes a site's stored data (our progress with it) after
 * seven days of use without a visit, and whose Home Screen sites are exempt. Other browsers and
 * Safari on a Mac get no notice, so nothing is said that isn't true there.
 */
export function safariMayClearStorage({
	userAgent,
	maxTouchPoints,
	standalone,
}: BrowserTraits): boolean {
	if (standalone || OTHER_BROWSERS.test(userAgent)) return false;
	// Safari proper says "Version/…" before "Safari/…"; in-app browsers and Chrome don't.
	if (!/\bVersion\/[\d.]+.*\bSafari\//.test(userAgent)) return false;
	const iPhone = /\biP(hone|od|ad)\b/.test(userAgent);
	// iPadOS asks for desktop pages with a Mac's user agent; only the touch screen tells.
	const iPadAsMac = /\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1;
	return iPhone || iPadAsMac;
}
