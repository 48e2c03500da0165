import { clearingSafari, type ClearingSafari } from '../../lib/keep-progress/safari-clears-storage';

/** Set when the reader dismissed the notice; it never comes back on this device. */
const DISMISSED_KEY = 'backup-rescue:safari-notice-dismissed';

/** What the reader can do, by the Safari that may clear their progress. */
const ADVICE: Record<ClearingSafari, string> = {
	'iphone-ipad':
		'add this site to your Home Screen (Share, then Add to Home Screen), or save a “Continue on another device” link.',
	mac: 'save a “Continue on another device” link, or export your progress to a file.',
};

/** The Safari whose stored progress may be cleared after a week, unless the notice was dismissed. */
export function safariToWarn(): ClearingSafari | undefined {
	try {
		if (localStorage.getItem(DISMISSED_KEY)) return undefined;
	} catch {
		return undefined;
	}
	return clearingSafari({
		userAgent: navigator.userAgent,
		maxTouchPoints: navigator.maxTouchPoints,
		standalone:
			(navigator as Navigator & { standalone?: boolean }).standalone === true ||
			matchMedia('(display-mode: standalone)').matches,
	});
}

/**
 * A quiet note (not announced: nothing went wrong) that Safari may clear the reader's progress
 * after about a week without a visit, and the ways to keep it on that device; placed by `place`,
 * and gone for good once dismissed.
 */
export function showSafariNotice(
	safari: ClearingSafari,
	place: (notice: HTMLElement) => void
): void {
	// Built here rather than with progress/make-element.ts: sharing it would split the chunk the
	// checklist's island loads, one more file name in every checklist page's code.
	const notice = document.createElement('aside');
	notice.className = 'keep-progress';
	notice.setAttribute('aria-label', 'Keep your progress');
	const text = document.createElement('p');
	text.textContent = `Safari may clear this site’s saved progress after about seven days without a visit. To keep your ticks, ${ADVICE[safari]}`;
	const dismiss = document.createElement('button');
	dismiss.type = 'button';
	dismiss.className = 'button';
	dismiss.textContent = 'Don’t show again';
	dismiss.addEventListener('click', () => {
		try {
			localStorage.setItem(DISMISSED_KEY, String(Date.now()));
		} catch {
			// Storage refused: it goes for this page only.
		}
		notice.remove();
	});
	notice.append(text, dismiss);
	place(notice);
}
