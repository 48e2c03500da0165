import {
	findChecklist,
	type ChecklistIndex,
	type IndexedChecklist,
} from '../checklist/index-file.ts';
import { recordWithFacts } from '../checklist/facts.ts';
import { stepKey } from '../checklist/step-key.ts';
import {
	doneIds,
	emptyRecord,
	parseRecord,
	setStep,
	type ProgressRecord,
	type StepFacts,
} from './record.ts';
import { clampTimes } from './clamp.ts';
import type { LeftOut } from './transfer.ts';
import { SITE_NAME } from '../site.ts';

/**
 * "Continue on another device": this device's progress carried in a link's fragment, which
 * browsers never send to a server. To keep the link short enough for a QR code, a step is named by
 * a four-character key made from its id (step-key.ts, so a step inserted by a later build moves
 * nothing), a time by its age in seconds when the link was made, in base 36, and titles are left
 * out (the other device reads them from /checklists.json):
 *
 *   /progress/#continue=2~fixes/storage-full!check-icloud-storage!1k3x.5m,0p2c.2!s.1
 *
 * `2` is the format's version, then one part per checklist, joined by `~`: the page's path
 * without its slashes, the checklist's id, the done steps (key.age) and the answer (`s` solved,
 * `n` not fixed, with its age). The other device counts each age back from the moment it opens
 * the link, so neither clock has to be right. Only what was done travels: like an import, a link
 * adds to the other device's progress and never takes a tick away. Links of the first format
 * (`1~`, steps by position, times as seconds since 1970) are still read (`readPart`, `v1`).
 */

/** The fragment's name: `#continue=…`. */
export const LINK_KEY = 'continue';

/** The version of the link format this code writes. */
const LINK_VERSION = 2;

/**
 * A link longer than this is refused: no progress this site can make needs more, so a longer
 * one is damaged or not ours.
 */
const MAX_LINK_PAYLOAD = 8000;

/**
 * Up to this many characters, a QR code of the link still reads from a laptop screen at arm's
 * length (version 25 or lower at medium error correction). Longer links are offered as text only.
 */
export const QR_MAX_LENGTH = 1000;

/** The fragment (without `#`) that carries these records. Steps the site no longer has are left out. */
export function continueFragment(
	records: readonly ProgressRecord[],
	index: ChecklistIndex,
	now: number
): string {
	// Rounded down: on the other device a change reads as no older than it is.
	const age = (time: number) => Math.max(0, Math.floor((now - time) / 1000)).toString(36);
	const parts = records.flatMap((record) => {
		const found = findChecklist(index, record.page, record.checklist);
		if (!found) return [];
		const ids = new Set(found.checklist.steps.map((step) => step.id));
		const ticks = doneIds(record)
			.filter((id) => ids.has(id))
			.map((id) => `${stepKey(id)}.${age(record.steps[id]!.at)}`);
		const answer = record.outcome
			? `${record.outcome.kind === 'solved' ? 's' : 'n'}.${age(record.outcome.at)}`
			: '';
		if (ticks.length === 0 && !answer) return [];
		return [[record.page.slice(1, -1), record.checklist, ticks.join(','), answer].join('!')];
	});
	return `${LINK_KEY}=${[LINK_VERSION, ...parts].join('~')}`;
}

/**
 * What a link holds: its readable records, the parts left out and why, and how many ticks named
 * steps this site no longer has; or why the link as a whole is not one.
 */
export type LinkResult =
	| { ok: true; records: ProgressRecord[]; leftOut: LeftOut[]; goneSteps: number }
	| { ok: false; message: string };

/**
 * Reads a link's fragment (with or without `#`) into records, checked against the site's
 * checklists and every rule a stored record follows. Nothing is changed by this.
 */
export function readContinueFragment(
	fragment: string,
	index: ChecklistIndex,
	now: number
): LinkResult {
	const refuse = (message: string): LinkResult => ({ ok: false, message });
	const prefix = `${LINK_KEY}=`;
	const text = fragment.replace(/^#/, '');
	if (!text.startsWith(prefix)) return refuse('This link does not carry any progress.');
	if (text.length > MAX_LINK_PAYLOAD) {
		return refuse(`This link is too long to be a ${SITE_NAME} progress link.`);
	}
	const [version, ...parts] = text.slice(prefix.length).split('~');
	const format = FORMATS[version ?? ''];
	if (!format) {
		return refuse(
			/^\d+$/.test(version ?? '') && Number(version) > LINK_VERSION
				? `This link was made by a newer version of ${SITE_NAME}. Reload this page and open the link again.`
				: `This link is damaged: it is not a ${SITE_NAME} progress link.`
		);
	}
	if (parts.length === 0) return refuse('This link does not carry any progress.');
	const records: ProgressRecord[] = [];
	const leftOut: LeftOut[] = [];
	let goneSteps = 0;
	for (const [number, part] of parts.entries()) {
		const read = readPart(part, index, now, format);
		if ('reason' in read) leftOut.push({ number: number + 1, reason: read.reason });
		else {
			records.push(read.record);
			goneSteps += read.goneSteps;
		}
	}
	if (records.length === 0) {
		const reasons = leftOut.map(({ number, reason }) => `checklist ${number}: ${reason}`);
		return refuse(`Nothing in this link could be used (${reasons.join('; ')}).`);
	}
	return { ok: true, records, leftOut, goneSteps };
}

/** How one version of the format names steps and times. */
interface LinkFormat {
	/** The step a name stands for (undefined: not a step of this checklist now). */
	step(name: string, checklist: IndexedChecklist): StepFacts | undefined;
	/** What a step's name looks like. */
	name: RegExp;
	/** A written time on this device's clock. */
	time(value: number, now: number): number;
}

const FORMATS: Record<string, LinkFormat> = {
	[String(LINK_VERSION)]: {
		name: /^[0-9a-z]{4}$/,
		step: (name, checklist) => checklist.steps.find((step) => stepKey(step.id) === name),
		// An age in seconds when the link was made: counted back from now.
		time: (age, now) => Math.max(1, now - age * 1000),
	},
	// The first format: a step by its position in the order of those days, a time in seconds.
	'1': {
		name: /^[0-9a-z]{1,2}$/,
		step: (name, checklist) => {
			const id = (checklist.v1 ?? checklist.steps.map((step) => step.id))[parseInt(name, 36)];
			return checklist.steps.find((step) => step.id === id);
		},
		time: (seconds) => seconds * 1000,
	},
};

/** One checklist's part of a link, as a record, or why it was left out. */
function readPart(
	part: string,
	index: ChecklistIndex,
	now: number,
	format: LinkFormat
): { record: ProgressRecord; goneSteps: number } | { reason: string } {
	const damaged = { reason: 'it is damaged' };
	const fields = part.split('!');
	if (fields.length !== 4) return damaged;
	const [pageKey, checklistId, ticks, answer] = fields as [string, string, string, string];
	const page = pageKey === '' ? '/' : `/${pageKey}/`;
	const found = findChecklist(index, page, checklistId);
	if (!found) return { reason: 'it names a checklist this site doesn’t have' };
	let record = recordWithFacts(emptyRecord({ page, checklist: checklistId }, 0), {
		...found.checklist,
		pageTitle: found.page.title,
	});
	const seen = new Set<string>();
	let goneSteps = 0;
	for (const tick of ticks === '' ? [] : ticks.split(',')) {
		const [name = '', time = ''] = tick.split('.');
		if (!format.name.test(name) || !/^[0-9a-z]{1,8}$/.test(time) || seen.has(name)) return damaged;
		seen.add(name);
		const step = format.step(name, found.checklist);
		// A step a later build removed: the rest of the part still counts.
		if (!step) goneSteps += 1;
		else record = setStep(record, step, true, format.time(parseInt(time, 36), now));
	}
	if (answer !== '') {
		const match = /^([sn])\.([0-9a-z]{1,8})$/.exec(answer);
		if (!match) return damaged;
		const at = format.time(parseInt(match[2]!, 36), now);
		record.outcome = { kind: match[1] === 's' ? 'solved' : 'not-fixed', at };
		record.outcomeAt = at;
	}
	if (seen.size === 0 && !record.outcome) return damaged;
	const times = [...Object.values(record.steps).map((change) => change.at), record.outcomeAt];
	if (times.every((time) => time === 0)) {
		return { reason: 'it names only steps this site no longer has' };
	}
	record.createdAt = Math.min(...times.filter((time) => time > 0));
	record.updatedAt = Math.max(...times);
	// The same checks as a stored record: times a Date can hold, an address of this site, and so on.
	const checked = parseRecord(record, { page, checklist: checklistId });
	const clamped = checked && clampTimes(checked, now);
	return clamped ? { record: clamped, goneSteps } : damaged;
}
