/**
 * Pages the browser tests (e2e/ and webkit/) visit by address. The sitemap's own list comes from
 * scripts/lib/sitemap.mjs.
 */

/** The article most tests use: a checklist of four steps, the first checklist `check-icloud-storage`. */
export const STORAGE_FULL = '/fixes/storage-full/';

/** A second article with a checklist. */
export const WIFI_NETWORK = '/fixes/wifi-network/';

/** An article whose steps differ by model (several device switches with shared keys). */
export const FORCE_RESTART = '/fixes/force-restart/';

/** An article with a long table ("At a glance"), which runs on to a second printed sheet. */
export const WHATS_IN_A_BACKUP = '/whats-in-a-backup/';

/** Pages readers reach that the sitemap leaves out on purpose. */
export const UNLISTED_PATHS = ['/search/?q=backup', '/404.html'];
