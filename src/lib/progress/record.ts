/**
 * The shape of a reader's progress on one checklist, and everything that can be worked out from a
 * record without touching storage or the DOM: validation, migration from older shapes, and the
 * edits a reader makes (tick, untick, reset, answer "Did this fix it?").
 *
 * Every change carries its time, unticks included, so two copies of a record (two tabs, or an
 * import from another device) can be merged step by step with the later change winning (merge.ts).
 *
 * Version history: v0 stored `{ done: string[], savedAt }`; v1 kept only ticked steps (an untick
 * deleted the entry, so a merge could not tell "never ticked" from "unticked later"). v2 adds
 * unticks, the time of the last Reset and the time the answer last changed.
 */

import { isPagePath } from '../routes.ts';
import { isSlug } from '../slugify.ts';
import { MAX_TIME } from './times.ts';

/** The schema version this code writes. */
export const SCHEMA_VERSION = 2;

/** The latest change to one step: ticked or unticked, when, and the step as it read then. */
export interface StepChange {
	done: boolean;
	at: number;
	/** The hash of the step's text when it was ticked, to notice a reworded step. */
	hash: string;
	/** The step's text when it was ticked, for the summary (empty for an untick). */
	text: string;
}

/** What the reader answered to "Did this fix it?". */
export interface Outcome {
	kind: 'solved' | 'not-fixed';
	at: number;
}

/** A reader's progress on one checklist of one page. */
export interface ProgressRecord {
	schema: typeof SCHEMA_VERSION;
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
	/** The latest change of each step by id; ids no longer on the page are kept but never counted. */
	steps: Record<string, StepChange>;
	/** When the reader last pressed Reset: changes at or before it no longer count. */
	clearedAt: number;
	outcome: Outcome | null;
	/** When the answer last changed (set or taken back), so the later answer wins a merge. */
	outcomeAt: number;
	createdAt: number;
	updatedAt: number;
}

/** Where a record is stored, and who it belongs to. */
export interface RecordAddress {
	page: string;
	checklist: string;
}

/** A step as the build describes it: what a tick records. */
export interface StepFacts {
	id: string;
	hash: string;
	text: string;
}

/** The longest step text a record keeps; summaries need the gist, not the whole paragraph. */
const MAX_TEXT = 160;

/** A fresh record with nothing ticked. */
export function emptyRecord(address: RecordAddress, now: number): ProgressRecord {
	return {
		schema: SCHEMA_VERSION,
		...address,
		pageTitle: '',
		checklistTitle: '',
		stepIds: [],
		steps: {},
		clearedAt: 0,
		outcome: null,
		outcomeAt: 0,
		createdAt: now,
		updatedAt: now,
	};
}

/** Whether a step counts as done: ticked, and not cleared by a later Reset. */
export function isDone(record: ProgressRecord, id: string): boolean {
	const change = Object.hasOwn(record.steps, id) ? record.steps[id] : undefined;
	return Boolean(change?.done && change.at > record.clearedAt);
}

/** The ids of every step that counts as done, on the page or not. */
export function doneIds(record: ProgressRecord): string[] {
	return Object.keys(record.steps).filter((id) => isDone(record, id));
}

/** How many of the checklist's current steps are done (steps no longer on the page never count). */
export function doneCount(record: ProgressRecord): number {
	return record.stepIds.filter((id) => isDone(record, id)).length;
}

/** Whether the record holds anything worth showing: a step done or an answer. */
export function hasProgress(record: ProgressRecord): boolean {
	return record.outcome !== null || doneIds(record).length > 0;
}

/** The record with one step ticked or unticked. */
export function setStep(
	record: ProgressRecord,
	step: StepFacts,
	done: boolean,
	now: number
): ProgressRecord {
	const change: StepChange = done
		? { done, at: now, hash: step.hash, text: step.text.slice(0, MAX_TEXT) }
		: { done, at: now, hash: '', text: '' };
	return { ...record, steps: { ...record.steps, [step.id]: change }, updatedAt: now };
}

/** The record with the reader's answer to "Did this fix it?" (null takes the answer back). */
export function setOutcome(
	record: ProgressRecord,
	kind: Outcome['kind'] | null,
	now: number
): ProgressRecord {
	return { ...record, outcome: kind ? { kind, at: now } : null, outcomeAt: now, updatedAt: now };
}

/**
 * Reads a stored or imported value into a current record, or returns null when any field is not
 * what this site writes: corrupt, hand-edited, from another version (legacy.ts upgrades older
 * ones first), or with a time no Date can hold. A time in the future is no reason to refuse a
 * record (a clock can be wrong either way; times.ts). `address` is where it was found.
 */
export function parseRecord(value: unknown, address: RecordAddress): ProgressRecord | null {
	if (!isObject(value) || value.schema !== SCHEMA_VERSION || !isAddress(address)) return null;
	const isTime = (time: unknown): time is number => isTimeUntil(time, MAX_TIME);
	const { pageTitle, checklistTitle, stepIds, steps, clearedAt, outcome, outcomeAt } = value;
	const { createdAt, updatedAt } = value;
	if (
		!isText(pageTitle) ||
		!isText(checklistTitle) ||
		!isIdList(stepIds) ||
		!isObject(steps) ||
		!Object.keys(steps).every(isSlug) ||
		!Object.values(steps).every((change) => isStepChange(change, isTime)) ||
		!(outcome === null || isOutcome(outcome, isTime)) ||
		![clearedAt, outcomeAt, createdAt, updatedAt].every(isTime)
	) {
		return null;
	}
	// Rebuilt from the checked fields only, so nothing else a hand-edited value carries comes along.
	const record: ProgressRecord = {
		...address,
		schema: SCHEMA_VERSION,
		pageTitle,
		checklistTitle,
		stepIds,
		steps: {},
		clearedAt: clearedAt as number,
		outcome: outcome as Outcome | null,
		outcomeAt: outcomeAt as number,
		createdAt: createdAt as number,
		updatedAt: updatedAt as number,
	};
	for (const [id, { done, at, hash, text }] of Object.entries(
		steps as Record<string, StepChange>
	)) {
		record.steps[id] = { done, at, hash, text };
	}
	return record;
}

/** Whether an address names a checklist of a page of this site. */
export function isAddress(value: unknown): value is RecordAddress {
	return isObject(value) && isPagePath(value.page) && isSlug(value.checklist);
}

/** Whether a value is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 500;
}

/** Whether a value is a list of distinct step ids. */
export function isIdList(value: unknown): value is string[] {
	return (
		Array.isArray(value) &&
		value.length <= 200 &&
		value.every(isSlug) &&
		new Set(value).size === value.length
	);
}

/** A whole number of milliseconds from 1970 up to `latest`. */
function isTimeUntil(value: unknown, latest: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= latest;
}

function isStepChange(
	value: unknown,
	isTime: (time: unknown) => time is number
): value is StepChange {
	return (
		isObject(value) &&
		typeof value.done === 'boolean' &&
		isTime(value.at) &&
		isText(value.hash) &&
		isText(value.text)
	);
}

function isOutcome(value: unknown, isTime: (time: unknown) => time is number): value is Outcome {
	return (
		isObject(value) && (value.kind === 'solved' || value.kind === 'not-fixed') && isTime(value.at)
	);
}
