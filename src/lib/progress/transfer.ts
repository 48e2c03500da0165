import { parseAnyRecord } from './legacy.ts';
import { mergeRecords } from './merge.ts';
import {
	SCHEMA_VERSION,
	doneIds,
	isAddress,
	isDone,
	type ProgressRecord,
	type StepChange,
} from './record.ts';
import { rebaseTimes } from './rebase.ts';
import { SITE_NAME } from '../site.ts';

/**
 * The export file: every record with progress, wrapped so an import can tell it is ours and which
 * schema it was written with. Steps are named by their ids, which never change. Each record is
 * read on its own: a damaged one is left out and the message says which and why, and the rest is
 * imported. Times are moved onto this device's clock by their age when the file was made
 * (`exportedAt`, on the exporting device's clock: times.ts), so a device whose clock was wrong
 * hands over its ticks in the right order. What is read is merged into this device's progress,
 * never put in its place (merge.ts).
 */

/** Identifies an export file as ours. */
const EXPORT_APP = 'backup-rescue-progress';

/** Files larger than this are not progress exports (a full export is a few kilobytes). */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** More records than this is not something a reader made by hand. */
const MAX_IMPORT_RECORDS = 1000;

/** The contents of an export file. */
export interface ExportFile {
	app: typeof EXPORT_APP;
	schema: number;
	exportedAt: string;
	records: ProgressRecord[];
}

/** The export file's JSON for these records: what was done, without unticks. */
export function exportProgress(records: ProgressRecord[], now: number): string {
	const file: ExportFile = {
		app: EXPORT_APP,
		schema: SCHEMA_VERSION,
		exportedAt: new Date(now).toISOString(),
		records: records.map((record) => ({
			...record,
			steps: Object.fromEntries(doneIds(record).map((id) => [id, record.steps[id]!])),
		})),
	};
	return JSON.stringify(file, null, 2);
}

/** A record of an import file or link that was left out, and why, in the reader's words. */
export interface LeftOut {
	/** Its position in the file or link, from 1. */
	number: number;
	reason: string;
}

/**
 * The result of reading an import file: its readable records and those left out, or a message
 * saying why the file as a whole is not a progress export.
 */
export type ImportResult =
	{ ok: true; records: ProgressRecord[]; leftOut: LeftOut[] } | { ok: false; message: string };

/** Validates an import file's text; nothing is changed by this, it only reads. */
export function parseImport(text: string, now: number): ImportResult {
	const file = openImport(text);
	if (!file.ok) return file;
	const records: ProgressRecord[] = [];
	const leftOut: LeftOut[] = [];
	file.items.forEach((item, index) => {
		const read = readImportItem(item, index, file.madeAt, now);
		if ('reason' in read) leftOut.push(read);
		else records.push(read);
	});
	return { ok: true, records, leftOut };
}

/** An import file opened: its records as found, and when it was made (NaN when it doesn't say). */
export type OpenedImport =
	{ ok: true; items: unknown[]; madeAt: number } | { ok: false; message: string };

/**
 * Checks that a file's text is a progress export this version can read, without reading its
 * records yet (readImportItem reads each, so a long file can be read a slice at a time).
 */
export function openImport(text: string): OpenedImport {
	const refuse = (message: string): OpenedImport => ({ ok: false, message });
	if (text.length > MAX_IMPORT_BYTES)
		return refuse('This file is too large to be a progress export.');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return refuse(`This file is not a ${SITE_NAME} progress export (it is not JSON).`);
	}
	if (!isObject(value) || value.app !== EXPORT_APP) {
		return refuse(`This file is not a ${SITE_NAME} progress export.`);
	}
	if (typeof value.schema !== 'number' || value.schema > SCHEMA_VERSION || value.schema < 0) {
		return refuse(
			`This export was made by a newer version of ${SITE_NAME}. Reload the page and try again.`
		);
	}
	if (!Array.isArray(value.records)) return refuse('This export has no progress in it.');
	if (value.records.length > MAX_IMPORT_RECORDS) {
		return refuse(`This export has more checklists than ${SITE_NAME} has; it was not imported.`);
	}
	// Made on the other device's clock; without it (a hand-made file) times are taken as they are.
	const madeAt = typeof value.exportedAt === 'string' ? Date.parse(value.exportedAt) : NaN;
	return { ok: true, items: value.records, madeAt };
}

/** One record of an import file (the `index`th), read onto this device's clock, or why not. */
export function readImportItem(
	item: unknown,
	index: number,
	madeAt: number,
	now: number
): ProgressRecord | LeftOut {
	const address = isObject(item) ? { page: item.page, checklist: item.checklist } : null;
	if (!isAddress(address)) {
		return { number: index + 1, reason: 'it does not name a page of this site' };
	}
	// Read on the sender's clock (nothing after the moment it was made), then moved onto ours.
	const made = Number.isFinite(madeAt);
	const record = parseAnyRecord(item, address, made ? madeAt : now);
	if (!record) {
		return { number: index + 1, reason: 'it is damaged or not in a format this site writes' };
	}
	return made ? rebaseTimes(record, madeAt, now) : record;
}

/** What merging an import did, in numbers for the message. */
export interface ImportOutcome {
	/** How many records were merged (changed or not). */
	read: number;
	/** The records to save: only those the import changed. */
	changed: ProgressRecord[];
	/** Checklists the import changed. */
	checklists: number;
	/** Steps done now that were not before. */
	added: number;
	/** Imported ticks this device had changed later, so its own change stayed. */
	keptHere: number;
}

/** Merges imported records into this device's, each step keeping its later change. */
export function mergeImport(
	read: (record: ProgressRecord) => ProgressRecord | null,
	imported: readonly ProgressRecord[]
): ImportOutcome {
	const outcome: ImportOutcome = {
		read: imported.length,
		changed: [],
		checklists: 0,
		added: 0,
		keptHere: 0,
	};
	for (const record of imported) {
		const local = read(record);
		const { record: merged, added, keptHere } = importRecord(local, record);
		outcome.added += added;
		outcome.keptHere += keptHere;
		const answered = merged.outcome && merged.outcomeAt !== local?.outcomeAt;
		if (added > 0 || answered) {
			outcome.changed.push(merged);
			outcome.checklists += 1;
		}
	}
	return outcome;
}

/** What an import did to one checklist, for the message the reader sees. */
interface ImportChange {
	record: ProgressRecord;
	/** Steps done after the import that were not done before it. */
	added: number;
	/** Steps the import had ticked that this device changed later, so this device's change stayed. */
	keptHere: number;
}

/**
 * An imported record merged into this device's copy. Only what the other device did counts, never
 * what it did not do: its unticks and Resets are left out, so an import adds ticks and answers
 * and never takes one away that this device changed later.
 */
function importRecord(local: ProgressRecord | null, imported: ProgressRecord): ImportChange {
	const ticks = Object.fromEntries(
		doneIds(imported).map((id) => [id, imported.steps[id] as StepChange])
	);
	const incoming = { ...imported, steps: ticks, clearedAt: 0 };
	if (!local) return { record: incoming, added: Object.keys(ticks).length, keptHere: 0 };
	const record = mergeRecords(local, incoming);
	const before = new Set(doneIds(local));
	const added = doneIds(record).filter((id) => !before.has(id)).length;
	const keptHere = Object.keys(ticks).filter((id) => !isDone(record, id)).length;
	return { record, added, keptHere };
}

/** Two merges' outcomes added up (an import is merged a slice at a time). */
export function addOutcomes(a: ImportOutcome, b: ImportOutcome): ImportOutcome {
	return {
		read: a.read + b.read,
		changed: [...a.changed, ...b.changed],
		checklists: a.checklists + b.checklists,
		added: a.added + b.added,
		keptHere: a.keptHere + b.keptHere,
	};
}

/** An outcome with nothing in it, to add slices to. */
export const NO_CHANGE: ImportOutcome = {
	read: 0,
	changed: [],
	checklists: 0,
	added: 0,
	keptHere: 0,
};

/**
 * The sentence the progress page shows after an import or a link. `source` names what it came
 * from ("that file"); `leftOut` are records that could not be read; `kept` is false when the
 * browser would not store the result, so the sentence never claims what did not happen.
 */
export function importMessage(
	{ read, checklists, added, keptHere }: ImportOutcome,
	{ source = 'that file', leftOut = [], kept = true }: ImportMessageOptions = {}
): string {
	const reasons = leftOut.map(
		({ number, reason }) => `Checklist ${number} in ${source} was left out: ${reason}.`
	);
	if (read === 0) {
		return [`Nothing in ${source} could be used. Nothing was changed.`, ...reasons].join(' ');
	}
	const stayed = keptHere
		? `, and ${plural(keptHere, 'step')} this device changed later ${keptHere === 1 ? 'was' : 'were'} kept as ${keptHere === 1 ? 'it is' : 'they are'}`
		: '';
	const sentences = [
		checklists === 0
			? `Nothing new to import: this device already has everything ${leftOut.length ? 'that could be read ' : ''}in ${source}${stayed}.`
			: `${kept ? 'Merged' : 'Added'} progress for ${plural(checklists, 'checklist')}: ${plural(added, 'step')} added${stayed}.`,
	];
	if (checklists > 0 && !kept) {
		sentences.push(
			'This browser is not saving progress right now, so it is shown only until you close this page.'
		);
	}
	return [...sentences, ...reasons].join(' ');
}

/** What the import message needs besides the numbers. */
export interface ImportMessageOptions {
	source?: string;
	leftOut?: readonly LeftOut[];
	kept?: boolean;
}

/** "1 step", "3 steps", "2 copies". */
export function plural(count: number, noun: string): string {
	if (count === 1) return `${count} ${noun}`;
	return `${count} ${/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
