/**
 * The inline script that applies the reader's saved theme before first paint. It is a string so
 * ThemeInit.astro prints exactly these bytes and astro.config.mjs hashes exactly these bytes for
 * the Content Security Policy (Astro does not hash `is:inline` scripts itself).
 */
export const THEME_INIT_SCRIPT = `try {
	const theme = localStorage.getItem('theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Storage can be blocked; the system theme still applies.
}`;
