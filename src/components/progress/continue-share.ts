import { QR_MAX_LENGTH, continueFragment } from '../../lib/progress/continue-link';
import { listRecords } from '../../lib/progress/list';
import type { ProgressStore } from '../../lib/progress/store';
import { qrSvg } from '../../lib/checklist/qr-svg';
import { loadChecklistIndex } from './checklist-index';
import { copyFieldText } from './copy-text';
import { makeElement } from './make-element';
import { SITE_NAME } from '../../lib/site';

/**
 * "Continue on another device": a panel with a link that carries this device's progress (on one
 * page, or everywhere) in its fragment, never sent to any server; a QR code of it for a phone's
 * camera; and the link as text with a Copy button for people who can't scan. Loaded only when a
 * reader asks for it.
 */
export async function showContinuePanel(
	container: HTMLElement,
	store: ProgressStore,
	page?: string
): Promise<void> {
	const records = listRecords(store).filter((record) => !page || record.page === page);
	const index = await loadChecklistIndex();
	const link = `${location.origin}/progress/#${continueFragment(records, index, Date.now())}`;
	const id = `continue-${container.id || 'panel'}`;
	const panel = makeElement('section', 'continue-panel');
	panel.setAttribute('aria-labelledby', `${id}-title`);
	panel.dataset.continuePanel = '';
	panel.dataset.printHide = '';
	const heading = makeElement('h2', '', 'Continue on another device');
	heading.id = `${id}-title`;
	heading.tabIndex = -1;
	const intro = makeElement(
		'p',
		'',
		`Scan this code with the other device’s camera, or open the link there. The link holds your ticks and answers, nothing else, and is never sent to ${SITE_NAME} or anyone else.`
	);
	const code = makeElement('div', 'continue-code');
	if (link.length <= QR_MAX_LENGTH) {
		code.innerHTML = qrSvg(link, 'QR code of the link to your progress');
	} else {
		code.textContent = `This link is ${link.length} characters long, too long for a QR code a camera reads from a screen (up to ${QR_MAX_LENGTH}). Copy the link instead, or continue from one checklist at a time.`;
	}
	const label = makeElement('label', '', 'Link to your progress');
	label.htmlFor = `${id}-link`;
	const field = makeElement('textarea', 'copy-field continue-link');
	field.id = `${id}-link`;
	field.readOnly = true;
	field.rows = 3;
	field.value = link;
	const copy = makeElement('button', 'button', 'Copy link');
	copy.type = 'button';
	const status = makeElement('p', 'continue-status');
	status.setAttribute('role', 'status');
	copy.addEventListener('click', async () => {
		status.textContent =
			(await copyFieldText(field)) === 'copied'
				? 'Link copied. Open it on your other device, for example by sending it to yourself.'
				: 'The link is selected: copy it with your browser’s Copy command.';
	});
	panel.append(heading, intro, code, label, field, copy, status);
	container.querySelector('[data-continue-panel]')?.remove();
	container.append(panel);
	heading.focus();
}
