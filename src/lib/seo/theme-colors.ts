/**
 * The colour of the top bar in each theme (tokens.css, --color-header-bg), which browsers paint
 * around the page (theme-color) and an installed site's title bar and splash screen use.
 */
export const THEME_COLORS = { light: '#1f2a37', dark: '#181818' } as const;
