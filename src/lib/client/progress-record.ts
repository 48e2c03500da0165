/**
 * The shape of a reader's progress on one checklist, and everything that can be worked out from a
 * record without touching storage or the DOM: keys, validation, migration from older shapes, and
 * the edits a reader makes (tick, untick, reset, answer "Did this fix it?").
 *
 * One record per page and checklist, stored as JSON under
 * `backup-rescue:progress:v1:<pagePath>#<checklistId>`. Version 0 (the first prototype) stored
 * `{ done: string[], savedAt: ISO date }` under `backup-rescue:progress:<pagePath>#<checklistId>`.
 */

import { KEY_ROOT } from './progress-key-root';

/** The schema version this code writes. */
export const SCHEMA_VERSION = 1;

export { KEY_ROOT };

/** Current records live under this prefix. */
export const KEY_PREFIX = `${KEY_ROOT}v${SCHEMA_VERSION}:`;

/** Marks a copy of a record that could not be read, set aside rather than deleted. */
export const CORRUPT_MARK = ':corrupt:';

/** One ticked step: when, the hash of its text at the time, and the text itself for summaries. */
export interface StepTick {
	at: number;
	hash: string;
	text: string;
}

/** What the reader answered to "Did this fix it?". */
export interface Outcome {
	kind: 'solved' | 'not-fixed';
	at: number;
}

/** A reader's progress on one checklist of one page (schema version 1). */
export interface ProgressRecord {
	schema: 1;
	/** The page's path, e.g. `/fixes/storage-full/`. */
	page: string;
	/** The checklist's id on that page. */
	checklist: string;
	/** The page's title, so the progress page can name it without fetching it. */
	pageTitle: string;
	/** The checklist's own title. */
	checklistTitle: string;
	/** The checklist's step ids in order, as last seen on the page. */
	stepIds: string[];
	/** Ticked steps by id; ids no longer on the page are kept until the reader resets. */
	steps: Record<string, StepTick>;
	outcome: Outcome | null;
	createdAt: number;
	updatedAt: number;
}

/** Where a record is stored, and who it belongs to. */
export interface RecordAddress {
	page: string;
	checklist: string;
}

/** The storage key of a record. */
export function recordKey({ page, checklist }: RecordAddress): string {
	return `${KEY_PREFIX}${page}#${checklist}`;
}

/** The key a version-0 record was stored under. */
export function legacyKey({ page, checklist }: RecordAddress): string {
	return `${KEY_ROOT}${page}#${checklist}`;
}

/** A fresh record with nothing ticked. */
export function emptyRecord(address: RecordAddress, now: number): ProgressRecord {
	return {
		schema: 1,
		...address,
		pageTitle: '',
		checklistTitle: '',
		stepIds: [],
		steps: {},
		outcome: null,
		createdAt: now,
		updatedAt: now,
	};
}

/**
 * Reads a stored value of any known version into a current record, or returns null when it is not
 * a record we understand (corrupt, hand-edited, or from a newer version of the site).
 */
export function parseRecord(value: unknown, address: RecordAddress): ProgressRecord | null {
	if (!isObject(value)) return null;
	if (value.schema === undefined) return migrateV0(value, address);
	if (value.schema !== 1) return null;
	const { pageTitle, checklistTitle, stepIds, steps, outcome, createdAt, updatedAt } = value;
	if (
		!isString(pageTitle) ||
		!isString(checklistTitle) ||
		!isStringArray(stepIds) ||
		!isObject(steps) ||
		!Object.values(steps).every(isStepTick) ||
		!(outcome === null || isOutcome(outcome)) ||
		!isTime(createdAt) ||
		!isTime(updatedAt)
	) {
		return null;
	}
	return {
		schema: 1,
		...address,
		pageTitle,
		checklistTitle,
		stepIds,
		steps: steps as Record<string, StepTick>,
		outcome: outcome as Outcome | null,
		createdAt,
		updatedAt,
	};
}

/** Version 0 knew only which steps were done and when it was saved; hashes are unknown (''). */
function migrateV0(value: Record<string, unknown>, address: RecordAddress): ProgressRecord | null {
	const { done, savedAt } = value;
	const at = isString(savedAt) ? Date.parse(savedAt) : NaN;
	if (!isStringArray(done) || !isTime(at)) return null;
	const record = emptyRecord(address, at);
	record.stepIds = [...done];
	for (const id of done) record.steps[id] = { at, hash: '', text: '' };
	return record;
}

/** The step of the page as the DOM shows it now. */
export interface PageStep {
	id: string;
	hash: string;
	text: string;
}

/** The record with one step ticked or unticked. */
export function setStep(
	record: ProgressRecord,
	step: PageStep,
	done: boolean,
	now: number
): ProgressRecord {
	const steps = { ...record.steps };
	if (done) steps[step.id] = { at: now, hash: step.hash, text: step.text.slice(0, 160) };
	else delete steps[step.id];
	return { ...record, steps, updatedAt: now };
}

/** The record with every tick and the answer cleared, including ticks of steps since removed. */
export function resetRecord(record: ProgressRecord, now: number): ProgressRecord {
	return { ...record, steps: {}, outcome: null, updatedAt: now };
}

/** The record with the reader's answer to "Did this fix it?" (null takes the answer back). */
export function setOutcome(
	record: ProgressRecord,
	kind: Outcome['kind'] | null,
	now: number
): ProgressRecord {
	return { ...record, outcome: kind ? { kind, at: now } : null, updatedAt: now };
}

/** How many of the checklist's current steps are ticked. */
export function doneCount(record: ProgressRecord): number {
	return record.stepIds.filter((id) => record.steps[id]).length;
}

/** Whether the record holds anything worth keeping or showing. */
export function hasProgress(record: ProgressRecord): boolean {
	return Object.keys(record.steps).length > 0 || record.outcome !== null;
}

/** Ids of ticked steps whose text has changed since they were ticked. */
export function updatedStepIds(record: ProgressRecord, pageSteps: PageStep[]): string[] {
	return pageSteps
		.filter((step) => {
			const tick = record.steps[step.id];
			// An empty hash comes from a migrated record that never knew the text: not a change.
			return tick && tick.hash !== '' && tick.hash !== step.hash;
		})
		.map((step) => step.id);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
	return typeof value === 'string';
}

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every(isString);
}

function isTime(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isStepTick(value: unknown): value is StepTick {
	return isObject(value) && isTime(value.at) && isString(value.hash) && isString(value.text);
}

function isOutcome(value: unknown): value is Outcome {
	return (
		isObject(value) && (value.kind === 'solved' || value.kind === 'not-fixed') && isTime(value.at)
	);
}
