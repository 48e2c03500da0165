import type { ChecklistIndex } from '../../lib/checklist/index-file';
import { mergeRecords } from '../../lib/progress/merge';
import type { ProgressStore } from '../../lib/progress/store';
import { withIndexTitles } from '../../lib/progress/titles';
import {
	NO_CHANGE,
	addOutcomes,
	importMessage,
	mergeImport,
	openImport,
	readImportItem,
} from '../../lib/progress/transfer';
import type { ProgressRecord } from '../../lib/progress/record';
import type { LeftOut } from '../../lib/progress/transfer';

/** Records merged between two pauses: each slice takes a few milliseconds on a slow phone. */
const SLICE = 25;

/**
 * Reads an import file's text and merges it into this device's progress a slice at a time,
 * pausing between slices so the page stays responsive with a thousand records in the file. Titles
 * the file lacks come from the site's index, when it could be read. Returns the sentence to show.
 */
export async function importProgress(
	text: string,
	store: ProgressStore,
	index: ChecklistIndex | null
): Promise<string> {
	const file = openImport(text);
	if (!file.ok) return `${file.message} Nothing was changed.`;
	const records: ProgressRecord[] = [];
	const leftOut: LeftOut[] = [];
	const now = Date.now();
	for (let start = 0; start < file.items.length; start += SLICE) {
		if (start > 0) await pause();
		file.items.slice(start, start + SLICE).forEach((item, offset) => {
			const read = readImportItem(item, start + offset, file.madeAt, now);
			if ('reason' in read) leftOut.push(read);
			else records.push(read);
		});
	}
	await pause();
	return mergeInSlices(records, leftOut, store, index, 'that file');
}

/** Merges records from another device into the store, a slice at a time; the sentence to show. */
export async function mergeInSlices(
	records: readonly ProgressRecord[],
	leftOut: readonly LeftOut[],
	store: ProgressStore,
	index: ChecklistIndex | null,
	source: string
): Promise<string> {
	let outcome = NO_CHANGE;
	for (let start = 0; start < records.length; start += SLICE) {
		if (start > 0) await pause();
		const slice = records
			.slice(start, start + SLICE)
			.map((record) => (index ? withIndexTitles(record, index) : record));
		const merged = mergeImport((record) => store.read(record), slice);
		// Each through update, so a tick made in another tab meanwhile is merged, not overwritten.
		for (const record of merged.changed) {
			store.update(record, (latest) => mergeRecords(latest, record));
		}
		outcome = addOutcomes(outcome, merged);
	}
	return importMessage(outcome, { source, leftOut, kept: store.problem() === null });
}

/** Lets the browser paint and answer the reader between slices. */
function pause(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
