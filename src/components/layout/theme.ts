/** What the reader picked in the theme switch; "system" follows the device setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'theme';

/** Whether a value is one of the theme choices. */
export function isThemeChoice(value: unknown): value is ThemeChoice {
	return value === 'system' || value === 'light' || value === 'dark';
}

/** The saved choice, or "system" when there is none or storage is unavailable. */
export function readThemeChoice(): ThemeChoice {
	try {
		const saved = localStorage.getItem(STORAGE_KEY);
		return saved === 'light' || saved === 'dark' ? saved : 'system';
	} catch {
		return 'system';
	}
}

/** Apply a choice to the page now and remember it (forgetting it for "system"). */
export function applyThemeChoice(choice: ThemeChoice): void {
	const root = document.documentElement;
	if (choice === 'system') delete root.dataset.theme;
	else root.dataset.theme = choice;
	try {
		if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
		else localStorage.setItem(STORAGE_KEY, choice);
	} catch {
		// Storage can be blocked (private browsing); the choice still holds for this page.
	}
}
