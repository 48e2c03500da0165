import { SCHEMA_VERSION, type RecordAddress } from './record.ts';

/**
 * Where records live in storage: one key per page and checklist,
 * `backup-rescue:progress:v2:<pagePath>#<checklistId>`. Older versions' keys are read once,
 * migrated and removed.
 */

/**
 * Every localStorage key the checklist progress feature owns starts with this, so "forget all"
 * can find them (the start page reads it from its markup, so as not to load this module).
 */
export const KEY_ROOT = 'backup-rescue:progress:';

/** Current records live under this prefix. */
export const KEY_PREFIX = `${KEY_ROOT}v${SCHEMA_VERSION}:`;

/** Marks a copy of a record that could not be read, set aside rather than deleted. */
export const CORRUPT_MARK = ':corrupt:';

/** The storage key of a record. */
export function recordKey({ page, checklist }: RecordAddress): string {
	return `${KEY_PREFIX}${page}#${checklist}`;
}

/** Whether a storage key holds a record of an older version (legacy.ts moves it). */
export function isLegacyKey(key: string): boolean {
	return (
		key.startsWith(KEY_ROOT) &&
		!key.startsWith(KEY_PREFIX) &&
		!key.includes(CORRUPT_MARK) &&
		/^(v1:)?\//.test(key.slice(KEY_ROOT.length))
	);
}
