import type { ChecklistIndex } from '../../lib/checklist/index-file';
import { readContinueFragment } from '../../lib/progress/continue-link';
import { doneIds, type ProgressRecord } from '../../lib/progress/record';
import type { ProgressStore } from '../../lib/progress/store';
import { plural } from '../../lib/progress/transfer';
import { loadChecklistIndex } from './checklist-index';
import { mergeInSlices } from './import-progress';
import { makeElement } from './make-element';

/**
 * Opened from a "Continue on another device" link: reads what the link holds, shows it in a
 * dialog and merges it into this device's progress only if the reader says so, by the same rules
 * as an import (the later change of each step wins; nothing on this device is lost). Either way
 * the link's fragment is removed from the address, so a reload does not ask again. `say` shows
 * the outcome in the page's status line.
 */
export async function offerContinueLink(
	store: ProgressStore,
	say: (message: string) => void
): Promise<void> {
	const fragment = location.hash;
	history.replaceState(null, '', location.pathname + location.search);
	let result;
	let index: ChecklistIndex;
	try {
		index = await loadChecklistIndex();
		result = readContinueFragment(fragment, index, Date.now());
	} catch {
		say(
			'This page could not read the list of checklists, so the link was not used. Nothing was changed. Reload to try again.'
		);
		return;
	}
	if (!result.ok) {
		say(`${result.message} Nothing was changed.`);
		return;
	}
	const accepted = await ask(result.records);
	if (!accepted) {
		say('The progress from the link was not added. Nothing was changed.');
		return;
	}
	const message = await mergeInSlices(result.records, result.leftOut, store, index, 'the link');
	const gone = result.goneSteps
		? ` ${plural(result.goneSteps, 'step')} in the link ${result.goneSteps === 1 ? 'is' : 'are'} no longer on this site and ${result.goneSteps === 1 ? 'was' : 'were'} left out.`
		: '';
	say(`${message}${gone}`);
}

/** Shows what the link holds in a modal dialog; resolves true when the reader adds it. */
function ask(records: ProgressRecord[]): Promise<boolean> {
	const dialog = makeElement('dialog', 'continue-offer');
	dialog.setAttribute('aria-labelledby', 'continue-offer-title');
	const heading = makeElement('h2', '', 'Add progress from another device?');
	heading.id = 'continue-offer-title';
	const intro = makeElement(
		'p',
		'',
		'This link holds progress made on another device. Adding it keeps everything on this device and adds what the other device did.'
	);
	const list = makeElement('ul');
	for (const record of records) {
		const answer =
			record.outcome?.kind === 'solved'
				? ', marked as fixed'
				: record.outcome?.kind === 'not-fixed'
					? ', marked as not fixed'
					: '';
		list.append(
			makeElement(
				'li',
				'',
				`${record.pageTitle}: “${record.checklistTitle}”, ${plural(doneIds(record).length, 'step')} done${answer}`
			)
		);
	}
	const actions = makeElement('div', 'continue-offer-actions');
	const add = makeElement('button', 'button', 'Add to this device');
	const decline = makeElement('button', 'button', 'Not now');
	add.type = decline.type = 'button';
	actions.append(add, decline);
	dialog.append(heading, intro, list, actions);
	document.querySelector('main')?.append(dialog);
	return new Promise((resolve) => {
		let answer = false;
		add.addEventListener('click', () => {
			answer = true;
			dialog.close();
		});
		decline.addEventListener('click', () => dialog.close());
		// Escape closes it too: that is a "not now".
		dialog.addEventListener('close', () => {
			dialog.remove();
			resolve(answer);
		});
		dialog.showModal();
		add.focus();
	});
}
