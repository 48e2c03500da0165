// @ts-check
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Total bytes and file count of every file under a folder.
 * @param {string} folder
 * @returns {Promise<{ bytes: number, files: number }>}
 */
export async function folderSize(folder) {
	const entries = await readdir(folder, { withFileTypes: true, recursive: true });
	let bytes = 0;
	let files = 0;
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		files += 1;
	}
	return { bytes, files };
}
