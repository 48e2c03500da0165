// @ts-check

/**
 * Total bytes and file count of the built site's files under `prefix` ('' for all of them).
 * @param {import('../../src/integrations/built-site.ts').BuiltSite} site
 * @param {string} [prefix] a folder inside the site, with its trailing slash ('pagefind/')
 * @returns {Promise<{ bytes: number, files: number }>}
 */
export async function folderSize(site, prefix = '') {
	const files = site.files.filter((file) => file.startsWith(prefix));
	const sizes = await Promise.all(files.map((file) => site.size(file)));
	return { bytes: sizes.reduce((sum, size) => sum + size, 0), files: files.length };
}
