/** The localStorage key of the reader's theme choice (theme.ts writes it, the script reads it). */
export const THEME_STORAGE_KEY = 'theme';

/**
 * The inline script that applies the reader's saved theme before first paint. It is a string so
 * ThemeInit.astro prints exactly these bytes and astro.config.mjs hashes exactly these bytes for
 * the Content Security Policy (Astro does not hash `is:inline` scripts itself). It must stay inline
 * and import nothing, so it guards its one storage read itself rather than through a shared wrapper.
 */
export const THEME_INIT_SCRIPT = `try {
	const theme = localStorage.getItem('${THEME_STORAGE_KEY}');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Storage can be blocked; the system theme still applies.
}`;
