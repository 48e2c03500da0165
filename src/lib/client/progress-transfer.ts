import { SCHEMA_VERSION, parseRecord, type ProgressRecord } from './progress-record';

/**
 * The export file: every record with progress, wrapped so an import can tell it is ours and which
 * schema it was written with. Import is all-or-nothing: one bad record rejects the whole file, so a
 * reader never ends up with half of an old backup mixed into their progress.
 */

/** Identifies an export file as ours. */
export const EXPORT_APP = 'backup-rescue-progress';

/** Files larger than this are not progress exports (a full export is a few kilobytes). */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** More records than this is not something a reader made by hand. */
export const MAX_IMPORT_RECORDS = 1000;

/** The contents of an export file. */
export interface ExportFile {
	app: typeof EXPORT_APP;
	schema: number;
	exportedAt: string;
	records: ProgressRecord[];
}

/** The export file's JSON for these records. */
export function exportProgress(records: ProgressRecord[], now: number): string {
	const file: ExportFile = {
		app: EXPORT_APP,
		schema: SCHEMA_VERSION,
		exportedAt: new Date(now).toISOString(),
		records,
	};
	return JSON.stringify(file, null, 2);
}

/** The result of reading an import file: its records, or a message saying why it was refused. */
export type ImportResult = { ok: true; records: ProgressRecord[] } | { ok: false; message: string };

/** Validates an import file's text; nothing is changed by this, it only reads. */
export function parseImport(text: string): ImportResult {
	const refuse = (message: string): ImportResult => ({ ok: false, message });
	if (text.length > MAX_IMPORT_BYTES)
		return refuse('This file is too large to be a progress export.');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return refuse('This file is not a Backup Rescue progress export (it is not JSON).');
	}
	if (!isObject(value) || value.app !== EXPORT_APP) {
		return refuse('This file is not a Backup Rescue progress export.');
	}
	if (typeof value.schema !== 'number' || value.schema > SCHEMA_VERSION || value.schema < 0) {
		return refuse(
			'This export was made by a newer version of Backup Rescue. Reload the page and try again.'
		);
	}
	if (!Array.isArray(value.records)) return refuse('This export has no progress in it.');
	if (value.records.length > MAX_IMPORT_RECORDS) {
		return refuse('This export has more checklists than Backup Rescue has; it was not imported.');
	}
	const records: ProgressRecord[] = [];
	for (const [index, item] of value.records.entries()) {
		const address = isObject(item) ? { page: item.page, checklist: item.checklist } : undefined;
		const record =
			address && isPath(address.page) && isSlug(address.checklist)
				? parseRecord(item, { page: address.page, checklist: address.checklist })
				: null;
		if (!record) {
			return refuse(`Checklist ${index + 1} in this export is damaged, so nothing was imported.`);
		}
		records.push(record);
	}
	return { ok: true, records };
}

/** Which imported records to keep: each one unless this device has newer progress for it. */
export function mergeImport(
	existing: ProgressRecord[],
	imported: ProgressRecord[]
): ProgressRecord[] {
	const newest = new Map(existing.map((record) => [key(record), record.updatedAt]));
	return imported.filter((record) => (newest.get(key(record)) ?? -1) <= record.updatedAt);
}

const key = (record: ProgressRecord) => `${record.page}#${record.checklist}`;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPath(value: unknown): value is string {
	return typeof value === 'string' && /^\/[\w\-/]*$/.test(value) && value.length < 300;
}

function isSlug(value: unknown): value is string {
	return typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
