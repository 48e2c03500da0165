import { dateTimeFormatter } from '../../lib/format/dates';
import type { ChecklistIndex } from '../../lib/checklist/index-file';
import { LINK_KEY } from '../../lib/progress/continue-link';
import { recordKey } from '../../lib/progress/keys';
import { migrateLegacyRecords } from '../../lib/progress/legacy';
import { forgetAll, listRecords, recoverSetAside } from '../../lib/progress/list';
import { doneCount, doneIds, type ProgressRecord } from '../../lib/progress/record';
import type { StorageProblem } from '../../lib/progress/store';
import { supportSummary } from '../../lib/progress/summary';
import { lacksTitles, withIndexTitles } from '../../lib/progress/titles';
import { MAX_IMPORT_BYTES, exportProgress, plural } from '../../lib/progress/transfer';
import { browserProgressStore } from './browser-store';
import { download } from './download-file';
import { loadChecklistIndex } from './checklist-index';
import { importProgress } from './import-progress';
import { makeElement } from './make-element';
import { showSetAside } from './set-aside';

/**
 * The /progress/ page: lists every checklist with progress on this device and offers copy a
 * support summary, export, import and forget; copies of progress that could not be read are
 * listed apart, never deleted unasked. It re-renders when another tab changes progress.
 * Everything is written with textContent, so titles from storage or an import are shown as text.
 */
export function runProgressPage(): void {
	const list = document.querySelector<HTMLElement>('[data-progress-list]');
	const empty = document.querySelector<HTMLElement>('[data-progress-empty]');
	const status = document.querySelector<HTMLElement>('[data-progress-status]');
	const summaryBox = document.querySelector<HTMLTextAreaElement>('[data-summary]');
	const fileInput = document.querySelector<HTMLInputElement>('[data-import-file]');
	if (!list || !empty || !status || !summaryBox || !fileInput) return;
	const store = browserProgressStore();
	migrateLegacyRecords(store, Date.now());
	// Copies an older version set aside (for a time it took to be in the future, say) come back.
	const recovered = recoverSetAside(store, Date.now());
	const say = (message: string) => (status.textContent = message);

	let busy = false;
	let pending = false;
	let drawing = 0;
	const render = () => {
		// While an import runs, the list is drawn once at its end, not once per record.
		if (busy) {
			pending = true;
			return;
		}
		const records = listRecords(store);
		const pages = byPage(records);
		// A long list (a big import) is drawn a slice at a time, so the page keeps answering.
		const turn = ++drawing;
		list.replaceChildren(...pages.slice(0, DRAW_SLICE).map(renderPage));
		void (async () => {
			for (let start = DRAW_SLICE; start < pages.length; start += DRAW_SLICE) {
				await new Promise((resolve) => setTimeout(resolve, 0));
				if (turn !== drawing) return;
				list.append(...pages.slice(start, start + DRAW_SLICE).map(renderPage));
			}
		})();
		empty.hidden = records.length > 0;
		for (const button of document.querySelectorAll<HTMLButtonElement>('[data-needs-progress]')) {
			button.disabled = records.length === 0;
		}
		// Progress worth keeping: ask the browser to keep it, and tell Safari's readers how.
		if (records.length > 0)
			void import('../checklist/reader-notes').then((notes) =>
				notes.keepProgress(records, () => empty)
			);
		showSetAside(store, say);
		if (records.some(lacksTitles)) void fillTitles();
	};
	const index = () => loadChecklistIndex().catch((): ChecklistIndex | null => null);
	// Checklists that arrived without titles or steps get them from the site's index, once.
	let filled = false;
	const fillTitles = async () => {
		if (filled) return;
		filled = true;
		const known = await index();
		if (!known) return;
		for (const record of listRecords(store).filter(lacksTitles)) {
			const titled = withIndexTitles(record, known);
			if (titled !== record) store.update(record, (latest) => withIndexTitles(latest, known));
		}
	};

	on('[data-copy-summary]', async () => {
		const text = supportSummary(listRecords(store), { origin: location.origin, now: Date.now() });
		summaryBox.value = text;
		summaryBox.closest<HTMLElement>('[data-summary-box]')!.hidden = false;
		try {
			await navigator.clipboard.writeText(text);
			say('Summary copied. Paste it into your chat or email with Apple Support.');
		} catch {
			summaryBox.select();
			say('Your browser did not allow copying. The summary is selected below: copy it from there.');
		}
	});

	on('[data-export]', () => {
		const json = exportProgress(listRecords(store), Date.now());
		download(json, `backup-rescue-progress-${new Date().toISOString().slice(0, 10)}.json`);
		say('Progress exported. Keep the file somewhere safe, such as Files or iCloud Drive.');
	});

	on('[data-import]', () => fileInput.click());
	fileInput.addEventListener('change', async () => {
		const file = fileInput.files?.[0];
		fileInput.value = '';
		if (!file) return;
		if (file.size > MAX_IMPORT_BYTES) {
			say('That file is too large to be a progress export. Nothing was changed.');
			return;
		}
		say('Importing…');
		busy = true;
		try {
			say(await importProgress(await file.text(), store, await index()));
		} finally {
			busy = false;
			if (pending) render();
		}
	});

	on('[data-forget]', () => {
		const kept = document.querySelector('[data-set-aside]:not([hidden])')
			? ' Copies that could not be read are kept; you can delete them on their own.'
			: '';
		if (!confirm(`Forget all checklist progress on this device? This cannot be undone.${kept}`))
			return;
		const setAside = forgetAll(store);
		render();
		say(
			`All progress on this device was forgotten.${setAside ? ` ${plural(setAside, 'copy')} that could not be read ${setAside === 1 ? 'is' : 'are'} still kept below.` : ''}`
		);
	});

	const problem = store.problem();
	if (problem) say(storageMessage(problem));
	else if (recovered) {
		say(
			`${plural(recovered, 'saved copy')} of your progress that could not be read before ${recovered === 1 ? 'was' : 'were'} read again and added back.`
		);
	}

	on('[data-continue-open]', () => {
		const area = document.querySelector<HTMLElement>('[data-continue-area]');
		import('./continue-share')
			.then(({ showContinuePanel }) => showContinuePanel(area!, store))
			.catch(() => say(LOAD_FAILED));
	});
	// Opened from another device's link (or one pasted into this tab): its code loads only then.
	const offerLink = () => {
		if (!location.hash.startsWith(`#${LINK_KEY}=`)) return;
		import('./continue-offer')
			.then(({ offerContinueLink }) => offerContinueLink(store, say))
			.catch(() => say(LOAD_FAILED));
	};
	addEventListener('hashchange', offerLink);
	offerLink();
	store.subscribe(render);
	render();
}

function on(selector: string, handler: () => void): void {
	document.querySelector(selector)?.addEventListener('click', handler);
}

function byPage(records: ProgressRecord[]): ProgressRecord[][] {
	const pages = new Map<string, ProgressRecord[]>();
	for (const record of records) pages.set(record.page, [...(pages.get(record.page) ?? []), record]);
	return [...pages.values()];
}

/** Pages drawn between two pauses when the list is long. */
const DRAW_SLICE = 25;

/** Said when the code behind a button could not be downloaded; nothing stored has changed. */
const LOAD_FAILED =
	'That part of the page could not load. Check your connection and try again; your progress is unchanged.';

const dateTime = dateTimeFormatter('long');

function renderPage(records: ProgressRecord[]): HTMLLIElement {
	const first = records[0] as ProgressRecord;
	const item = makeElement('li', 'progress-entry');
	const heading = makeElement('h2');
	const link = makeElement('a', '', first.pageTitle || first.page);
	link.href = first.page;
	heading.append(link);
	item.append(heading);
	for (const record of records) {
		const row = makeElement('div', 'progress-checklist');
		row.id = `progress-${recordKey(record).replace(/[^a-z0-9-]+/gi, '-')}`;
		const name = record.checklistTitle || record.checklist;
		const title = makeElement('h3', '', name);
		const facts = makeElement('p');
		const total = record.stepIds.length;
		// A checklist this site no longer lists (or not yet) has no outline to count against.
		const done = total > 0 ? doneCount(record) : doneIds(record).length;
		const count = total > 0 ? `${done} of ${total} steps done` : `${plural(done, 'step')} done`;
		const parts = [count, `last activity ${dateTime(record.updatedAt)}`];
		if (record.outcome?.kind === 'solved') parts.push('this fixed it');
		if (record.outcome?.kind === 'not-fixed') parts.push('this did not fix it');
		facts.textContent = parts.join(' · ');
		const meter = makeElement('progress');
		meter.max = Math.max(1, total, done);
		meter.value = done;
		meter.setAttribute('aria-label', `${name}: ${count}`);
		const open = makeElement('a', 'progress-open', 'Open the checklist');
		open.href = `${record.page}#${record.checklist}`;
		open.setAttribute('aria-label', `Open the checklist “${name}”`);
		row.append(title, facts, meter, open);
		item.append(row);
	}
	return item;
}

/** What the page says when progress can't be kept, by the reason the browser gave. */
function storageMessage(problem: StorageProblem): string {
	return problem === 'full'
		? 'This device’s storage is full, so new progress cannot be kept. Free up some space and reload.'
		: 'This browser is blocking storage, so progress cannot be kept on this device.';
}
