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
import { SITE_NAME } from '../site.ts';

/**
 * The export file: every record with progress, wrapped so an import can tell it is ours and which
 * schema it was written with. Reading a file is all-or-nothing: one bad record rejects the whole
 * file, so a reader never ends up with half of a damaged file mixed into their progress. What is
 * read is then merged into this device's progress, never put in its place (merge.ts).
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

/** The result of reading an import file: its records, or a message saying why it was refused. */
export type ImportResult = { ok: true; records: ProgressRecord[] } | { ok: false; message: string };

/** Validates an import file's text; nothing is changed by this, it only reads. */
export function parseImport(text: string, now: number): ImportResult {
	const refuse = (message: string): ImportResult => ({ ok: false, message });
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
	const records: ProgressRecord[] = [];
	for (const [index, item] of value.records.entries()) {
		const address = isObject(item) ? { page: item.page, checklist: item.checklist } : null;
		const record = isAddress(address) ? parseAnyRecord(item, address, now) : null;
		if (!record) {
			return refuse(`Checklist ${index + 1} in this export is damaged, so nothing was imported.`);
		}
		records.push(record);
	}
	return { ok: true, records };
}

/** What merging an import did, in numbers for the message. */
export interface ImportOutcome {
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
	const outcome: ImportOutcome = { changed: [], checklists: 0, added: 0, keptHere: 0 };
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

/** The sentence the progress page shows after an import. */
export function importMessage({ checklists, added, keptHere }: ImportOutcome): string {
	const kept = keptHere ? `, ${keptHere} kept from this device` : '';
	if (checklists === 0) {
		return `Nothing new to import: this device already has everything in that file${kept}.`;
	}
	return `Merged progress for ${plural(checklists, 'checklist')}: ${plural(added, 'step')} added${kept}.`;
}

/** "1 step", "3 steps". */
export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
