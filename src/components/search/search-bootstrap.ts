/**
 * The only search code a page loads up front, so keep it tiny. Focusing the top-bar box, Ctrl+K /
 * ⌘K or "/" loads the dropdown (which then loads the index); a page opened from a search result
 * loads the highlighter. Nothing else is downloaded until then.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/params';

const input = document.querySelector<HTMLInputElement>('[data-search-combobox] input');

if (input) {
	let loading = false;
	const load = () => {
		if (loading) return;
		loading = true;
		import('./mount-dropdown')
			.then(({ mountSearch }) => mountSearch(input))
			// A lost download: Enter still opens /search/ (a plain form), and the next focus tries again.
			.catch(() => (loading = false));
	};
	input.addEventListener('focus', load);
	if (document.activeElement === input) load();

	// Hidden until now: without this script there is no shortcut, and Apple's keyboards say ⌘, not
	// Ctrl (touch-only devices hide it in CSS).
	const hint = input.form?.querySelector<HTMLElement>('[data-search-hint]');
	if (hint) {
		hint.hidden = false;
		// MacIntel, iPhone, iPad, iPod.
		if (/Mac|iP/.test(navigator.platform)) hint.textContent = '⌘K';
	}

	document.addEventListener('keydown', (event) => {
		const typing = (event.target as HTMLElement | null)?.closest(
			'input, textarea, select, [contenteditable="true"]'
		);
		const shortcut =
			(event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey)) ||
			(event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey);
		if (!shortcut) return;
		event.preventDefault();
		input.focus();
		input.select();
	});
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
	import('./highlight')
		.then(({ highlightFromUrl }) => highlightFromUrl())
		// The page reads the same without the highlights; a lost download is not worth a message.
		.catch(() => undefined);
}
