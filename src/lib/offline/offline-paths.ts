/*
 * Where the offline copy's two files are served from. Strings only, so every page's first script
 * can use them without loading the manifest's code.
 */

/** Where the offline manifest is served from (see offline-manifest.ts). */
export const OFFLINE_MANIFEST_URL = '/offline-manifest.json';

/** Where the service worker is served from; its scope is the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';
