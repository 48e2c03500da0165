import { forgetSetAside, setAsideCopies } from '../../lib/progress/list';
import type { ProgressStore } from '../../lib/progress/store';
import { plural } from '../../lib/progress/transfer';
import { download } from './download-file';

let wired = false;

/**
 * The progress page's "Progress that could not be read": copies of records set aside because
 * they could not be read, kept on the device exactly as they were. The reader can save them as a
 * file and delete them, on their own, after being asked; nothing else removes them.
 */
export function showSetAside(store: ProgressStore, say: (message: string) => void): void {
	const section = document.querySelector<HTMLElement>('[data-set-aside]');
	const text = section?.querySelector<HTMLElement>('[data-set-aside-text]');
	if (!section || !text) return;
	const copies = setAsideCopies(store);
	section.hidden = copies.length === 0;
	text.textContent = `${plural(copies.length, 'saved copy')} of your progress could not be read, so ${copies.length === 1 ? 'it is' : 'they are'} not counted above. ${copies.length === 1 ? 'It is' : 'They are'} kept on this device exactly as ${copies.length === 1 ? 'it was' : 'they were'}: save ${copies.length === 1 ? 'it' : 'them'} as a file before deleting, in case you need ${copies.length === 1 ? 'it' : 'them'}.`;
	if (wired) return;
	wired = true;
	section.querySelector('[data-set-aside-download]')?.addEventListener('click', () => {
		const file = setAsideCopies(store).map(({ key, text: stored }) => ({ key, stored }));
		download(JSON.stringify(file, null, 2), 'backup-rescue-unreadable-progress.json');
		say('The copies that could not be read were saved as a file.');
	});
	section.querySelector('[data-set-aside-forget]')?.addEventListener('click', () => {
		const count = setAsideCopies(store).length;
		if (
			!confirm(
				`Delete ${plural(count, 'copy')} of progress that could not be read? This cannot be undone.`
			)
		)
			return;
		forgetSetAside(store);
		showSetAside(store, say);
		say(`${plural(count, 'copy')} that could not be read ${count === 1 ? 'was' : 'were'} deleted.`);
	});
}
