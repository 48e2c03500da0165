import { findChecklist, type ChecklistIndex } from '../checklist/index-file.ts';
import { recordWithFacts } from '../checklist/facts.ts';
import { doneIds, emptyRecord, parseRecord, setStep, type ProgressRecord } from './record.ts';
import { SITE_NAME } from '../site.ts';

/**
 * "Continue on another device": this device's progress carried in a link's fragment, which
 * browsers never send to a server. To keep the link short enough for a QR code, a step is named
 * by its position in its checklist and a time by its second in base 36, with no titles:
 *
 *   /progress/#continue=1~fixes/storage-full!check-icloud-storage!0.t4z1z4,2.t4z1z5!s.t4z1z6
 *
 * `1` is the format's version, then one part per checklist, joined by `~`: the page's path
 * without its slashes, the checklist's id, the done steps (position.time) and the answer
 * (`s` solved, `n` not fixed, with its time). Only what was done travels: like an import, a
 * link adds to the other device's progress and never takes a tick away.
 */

/** The fragment's name: `#continue=…`. */
export const LINK_KEY = 'continue';

/** The version of the link format this code writes. */
const LINK_VERSION = '1';

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
	index: ChecklistIndex
): string {
	const parts = records.flatMap((record) => {
		const found = findChecklist(index, record.page, record.checklist);
		if (!found) return [];
		const positions = new Map(found.checklist.steps.map((step, position) => [step.id, position]));
		const ticks = doneIds(record)
			.filter((id) => positions.has(id))
			.map((id) => [positions.get(id) as number, record.steps[id]!.at] as const)
			.sort(([a], [b]) => a - b)
			.map(([position, at]) => `${position.toString(36)}.${seconds(at)}`);
		const answer = record.outcome
			? `${record.outcome.kind === 'solved' ? 's' : 'n'}.${seconds(record.outcome.at)}`
			: '';
		if (ticks.length === 0 && !answer) return [];
		return [[record.page.slice(1, -1), record.checklist, ticks.join(','), answer].join('!')];
	});
	return `${LINK_KEY}=${[LINK_VERSION, ...parts].join('~')}`;
}

/** What a link holds, or why it was refused. */
export type LinkResult = { ok: true; records: ProgressRecord[] } | { ok: false; message: string };

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
	if (version !== LINK_VERSION) {
		return refuse(
			/^\d+$/.test(version ?? '') && Number(version) > Number(LINK_VERSION)
				? `This link was made by a newer version of ${SITE_NAME}. Reload this page and open the link again.`
				: `This link is damaged: it is not a ${SITE_NAME} progress link.`
		);
	}
	if (parts.length === 0) return refuse('This link does not carry any progress.');
	const records: ProgressRecord[] = [];
	for (const [number, part] of parts.entries()) {
		const record = readPart(part, index, now);
		if (!record) {
			return refuse(
				`Part ${number + 1} of this link is damaged or names a checklist this site doesn’t have.`
			);
		}
		records.push(record);
	}
	return { ok: true, records };
}

/** One checklist's part of a link, as a record, or null when anything in it is wrong. */
function readPart(part: string, index: ChecklistIndex, now: number): ProgressRecord | null {
	const fields = part.split('!');
	if (fields.length !== 4) return null;
	const [pageKey, checklistId, ticks, answer] = fields as [string, string, string, string];
	const page = pageKey === '' ? '/' : `/${pageKey}/`;
	const found = findChecklist(index, page, checklistId);
	if (!found) return null;
	let record = recordWithFacts(emptyRecord({ page, checklist: checklistId }, 0), {
		...found.checklist,
		pageTitle: found.page.title,
	});
	const seen = new Set<number>();
	for (const tick of ticks === '' ? [] : ticks.split(',')) {
		const match = /^([0-9a-z]{1,2})\.([0-9a-z]{1,8})$/.exec(tick);
		const position = match ? parseInt(match[1]!, 36) : NaN;
		const step = found.checklist.steps[position];
		if (!match || !step || seen.has(position)) return null;
		seen.add(position);
		record = setStep(record, step, true, parseInt(match[2]!, 36) * 1000);
	}
	if (answer !== '') {
		const match = /^([sn])\.([0-9a-z]{1,8})$/.exec(answer);
		if (!match) return null;
		const at = parseInt(match[2]!, 36) * 1000;
		record.outcome = { kind: match[1] === 's' ? 'solved' : 'not-fixed', at };
		record.outcomeAt = at;
	}
	if (seen.size === 0 && !record.outcome) return null;
	const times = [...Object.values(record.steps).map((change) => change.at), record.outcomeAt];
	record.createdAt = Math.min(...times.filter((time) => time > 0));
	record.updatedAt = Math.max(...times);
	// The same checks as a stored record: times a Date can hold, not in the future, and so on.
	return parseRecord(record, { page, checklist: checklistId }, now);
}

function seconds(time: number): string {
	return Math.floor(time / 1000).toString(36);
}
