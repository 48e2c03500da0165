/**
 * The offline manifest: a small JSON file the build writes next to the service worker, listing
 * what the worker precaches. The start page reads it to say how big the offline copy is and to
 * check, file by file, whether the browser has stored all of it.
 */

/** The offline manifest's contents. */
export interface OfflineManifest {
	/**
	 * This build's id: a hash of every precached file's revision. The service worker compares it
	 * with the deployed manifest's to notice a newer build it has not been replaced by.
	 */
	build: string;
	/** Bytes on disk of every precached file, as stored on the device (uncompressed). */
	bytes: number;
	/** How many files are precached. */
	files: number;
	/** Site paths of the precached files (`/fixes/storage-full/index.html`, `/_astro/…`). */
	urls: string[];
}

/** One precache entry as the build sees it: a path relative to the site root and its size. */
export interface PrecacheEntryLike {
	url: string;
	size: number;
}

/**
 * Sum up the precache entries into the manifest, with root-relative, sorted paths. `build` is
 * the build's id (buildId in integrations/service-worker/precache-manifest.ts).
 */
export function summarizePrecache(
	entries: readonly PrecacheEntryLike[],
	build: string
): OfflineManifest {
	const urls = entries.map((entry) => `/${entry.url.replace(/^\/+/, '')}`).sort();
	return {
		build,
		bytes: entries.reduce((total, entry) => total + entry.size, 0),
		files: entries.length,
		urls,
	};
}

/** Whether a value read from the network has the manifest's shape. */
export function isOfflineManifest(value: unknown): value is OfflineManifest {
	if (typeof value !== 'object' || value === null) return false;
	const { build, bytes, files, urls } = value as Record<string, unknown>;
	return (
		// Manifests of builds before the id had none.
		(typeof build === 'string' || build === undefined) &&
		typeof bytes === 'number' &&
		typeof files === 'number' &&
		Array.isArray(urls) &&
		urls.every((url) => typeof url === 'string')
	);
}
