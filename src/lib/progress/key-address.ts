import { CORRUPT_MARK, KEY_ROOT } from './keys.ts';
import type { RecordAddress } from './record.ts';

/**
 * The page and checklist a current or legacy key belongs to, or null for any other key (another
 * feature's, a set-aside copy, or a version this code does not know). Not in keys.ts, because
 * only whole-device views and the move of older records need it, and article pages load keys.ts.
 */
export function addressOfKey(key: string): RecordAddress | null {
	if (!key.startsWith(KEY_ROOT) || key.includes(CORRUPT_MARK)) return null;
	const rest = key.slice(KEY_ROOT.length).replace(/^v[12]:/, '');
	if (!rest.startsWith('/')) return null;
	const hash = rest.lastIndexOf('#');
	if (hash < 1) return null;
	return { page: rest.slice(0, hash), checklist: rest.slice(hash + 1) };
}
