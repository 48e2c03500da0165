import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CARD_FILES } from './card.ts';

/** Everything besides a page's text that a card's pixels depend on, for the cache's fingerprint. */
export function readCardDesign(): Buffer[] {
	const modules = new URL('../../../node_modules/', import.meta.url);
	return [
		new URL('./card.ts', import.meta.url),
		...['draw.ts', 'band-svg.ts', 'tiles.ts', 'paint.ts', 'png.ts'].map(
			(file) => new URL(`./${file}`, import.meta.url)
		),
		CARD_FILES.fonts[400],
		CARD_FILES.fonts[700],
		CARD_FILES.logo,
		// satori's layout and librsvg's rasterising (in sharp) can change a pixel between versions.
		new URL('satori/package.json', modules),
		new URL('sharp/package.json', modules),
	].map((file) => readFileSync(file));
}

/** Deletes the cached cards this build did not name, so the cache holds the current site's only. */
export function pruneCardCache(dir: string, named: ReadonlySet<string>): number {
	let removed = 0;
	for (const name of readdirSync(dir)) {
		if (named.has(name)) continue;
		rmSync(path.join(dir, name), { force: true });
		removed++;
	}
	return removed;
}
