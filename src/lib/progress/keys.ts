import { KEY_ROOT } from './key-root';
import { SCHEMA_VERSION, type RecordAddress } from './record';

/**
 * Where records live in storage: one key per page and checklist,
 * `backup-rescue:progress:v2:<pagePath>#<checklistId>`. Older versions' keys are read once,
 * migrated and removed.
 */

export { KEY_ROOT };

/** Current records live under this prefix. */
export const KEY_PREFIX = `${KEY_ROOT}v${SCHEMA_VERSION}:`;

/** Marks a copy of a record that could not be read, set aside rather than deleted. */
export const CORRUPT_MARK = ':corrupt:';

/** The storage key of a record. */
export function recordKey({ page, checklist }: RecordAddress): string {
	return `${KEY_PREFIX}${page}#${checklist}`;
}

/** The keys older versions stored a record under, newest first (v1, then v0). */
export function legacyKeys({ page, checklist }: RecordAddress): string[] {
	return [`${KEY_ROOT}v1:${page}#${checklist}`, `${KEY_ROOT}${page}#${checklist}`];
}

/**
 * The page and checklist a current or legacy key belongs to, or null for any other key (another
 * feature's, a set-aside copy, or a version this code does not know).
 */
export function addressOfKey(key: string): RecordAddress | null {
	if (!key.startsWith(KEY_ROOT) || key.includes(CORRUPT_MARK)) return null;
	const rest = key.slice(KEY_ROOT.length).replace(/^v[12]:/, '');
	if (!rest.startsWith('/')) return null;
	const hash = rest.lastIndexOf('#');
	if (hash < 1) return null;
	return { page: rest.slice(0, hash), checklist: rest.slice(hash + 1) };
}
