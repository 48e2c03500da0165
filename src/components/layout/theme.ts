import { THEME_STORAGE_KEY } from './theme-init-script';

/** What the reader picked in the theme switch; "system" follows the device setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Whether a value is one of the theme choices. */
export function isThemeChoice(value: unknown): value is ThemeChoice {
	return value === 'system' || value === 'light' || value === 'dark';
}

/**
 * The choice in effect: what the inline theme script (theme-init-script.ts) read from storage and
 * applied before first paint, so storage is read in one place only.
 */
export function readThemeChoice(): ThemeChoice {
	const applied = document.documentElement.dataset.theme;
	return applied === 'light' || applied === 'dark' ? applied : 'system';
}

/** Apply a choice to the page now and remember it (forgetting it for "system"). */
export function applyThemeChoice(choice: ThemeChoice): void {
	const root = document.documentElement;
	if (choice === 'system') delete root.dataset.theme;
	else root.dataset.theme = choice;
	try {
		if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
		else localStorage.setItem(THEME_STORAGE_KEY, choice);
	} catch {
		// Storage can be blocked (private browsing); the choice still holds for this page.
	}
}
