import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The finished `dist/` as every build-time check and the benches read it: one listing, and each
 * text file read from disk at most once however many checks look at it. The listing is taken when the
 * site is opened, so open it after the last step that adds files (Pagefind's index) has run.
 */
export interface BuiltSite {
	/** The folder, as a filesystem path. */
	root: string;
	/** Every file, relative to `root` with forward slashes, sorted. */
	files: readonly string[];
	/** The HTML pages among `files`. */
	pages: readonly string[];
	/** A file's bytes (read again each time, unless its text is already known). */
	bytes(file: string): Promise<Buffer>;
	/** A file's text (UTF-8). */
	text(file: string): Promise<string>;
	/** A file's size in bytes, without reading it. */
	size(file: string): Promise<number>;
}

/** List the built site under `root` (a filesystem path), reading nothing yet. */
export async function openBuiltSite(root: string): Promise<BuiltSite> {
	const entries = await readdir(root, { withFileTypes: true, recursive: true });
	const files = entries
		.filter((entry) => entry.isFile())
		.map((entry) =>
			path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
		)
		.sort();
	// Only text is kept (pages are read by several checks); other files are read when asked for.
	const texts = new Map<string, Promise<string>>();
	const text = (file: string) => {
		let promise = texts.get(file);
		if (!promise) texts.set(file, (promise = readFile(path.join(root, file), 'utf8')));
		return promise;
	};
	return {
		root,
		files,
		pages: files.filter((file) => file.endsWith('.html')),
		async bytes(file) {
			const known = texts.get(file);
			return known ? Buffer.from(await known, 'utf8') : readFile(path.join(root, file));
		},
		text,
		async size(file) {
			const known = texts.get(file);
			return known
				? Buffer.byteLength(await known, 'utf8')
				: (await stat(path.join(root, file))).size;
		},
	};
}

/**
 * One `BuiltSite` per output folder for the integrations of one build, so the link check, the
 * id check, the headers and the service worker share a single walk and a single read of each page.
 */
export function sharedBuiltSite(): (root: string) => Promise<BuiltSite> {
	const sites = new Map<string, Promise<BuiltSite>>();
	return (root) => {
		let site = sites.get(root);
		if (!site) sites.set(root, (site = openBuiltSite(root)));
		return site;
	};
}
