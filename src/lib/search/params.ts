/** The query parameter that carries the searched words to the opened page, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';
