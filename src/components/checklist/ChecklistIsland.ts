import { Component, h, type ComponentChild } from 'preact';
import { recordWithFacts, type ChecklistFacts } from '../../lib/checklist/facts';
import { formatLongDate } from '../../lib/format/dates';
import { CORRUPT_MARK, recordKey } from '../../lib/progress/keys';
import { resetRecord, undoReset } from '../../lib/progress/edits';
import {
	hasProgress,
	isDone,
	setOutcome,
	type Outcome,
	type ProgressRecord,
	type RecordAddress,
} from '../../lib/progress/record';
import type { StorageProblem } from '../../lib/progress/store';
import { browserProgressStore } from '../progress/browser-store';

let noticeClaimed = false;

/** True for the first caller only, so "progress won't be saved" is said once per page. */
function claimStorageNotice(): boolean {
	if (noticeClaimed) return false;
	noticeClaimed = true;
	return true;
}

// Written with `h()` rather than JSX: Preact's JSX runtime is a module of its own (0.3 KB gzip),
// and everything this island loads counts against the checklist's 8 KB budget.

/** The island's props, the same on the server and when hydrating. */
export interface IslandProps {
	/** The checklist's id (unique on the page), for the ids the island's own markup needs. */
	checklist: string;
	/** How many steps the checklist has, for the server-rendered count. */
	total: number;
	/** The build's facts about the checklist. */
	facts: ChecklistFacts;
}

interface RecordState {
	record: ProgressRecord | null;
}

/**
 * A view of one checklist's record that follows the store: ticks saved by setup-checklists.ts,
 * other tabs, imports. The island only reads what is stored and writes its own actions through the
 * store, so it adopts whatever happened before it loaded.
 */
abstract class RecordView<S extends RecordState> extends Component<IslandProps, S> {
	private unsubscribe = () => {};

	// Only in the browser: the server renders the island without a store.
	protected get store() {
		return browserProgressStore();
	}

	protected get address(): RecordAddress {
		return { page: this.props.facts.page, checklist: this.props.facts.id };
	}

	componentDidMount() {
		const key = recordKey(this.address);
		this.unsubscribe = this.store.subscribe((changed) => {
			if (changed === null || changed === key) this.follow(this.store.read(this.address));
			else this.storeChanged();
		});
		this.follow(this.store.read(this.address));
	}

	componentWillUnmount() {
		this.unsubscribe();
	}

	/** Show the record as stored now. */
	protected follow(record: ProgressRecord | null) {
		this.setState({ record } as Partial<S>);
	}

	/** Another checklist's record changed (a write that worked can end a storage problem). */
	protected storeChanged() {}

	/** Make a change to the latest stored record, with the page's titles and outline. */
	protected change(edit: (record: ProgressRecord, now: number) => ProgressRecord): ProgressRecord {
		return this.store.update(this.address, (latest, now) =>
			edit(recordWithFacts(latest, this.props.facts), now)
		);
	}

	protected focus(target: string) {
		// After the re-render, so the element exists.
		requestAnimationFrame(() =>
			(this.base as Element | undefined)
				?.closest('[data-checklist-body]')
				?.querySelector<HTMLElement>(`[data-focus="${target}"]`)
				?.focus()
		);
	}
}

interface BarState extends RecordState {
	/** The record as it was before "Reset", while the reader can still undo. */
	undo: ProgressRecord | null;
	/** Why ticks are not being kept, while they aren't (only one checklist per page says so). */
	notice: string | null;
	/** Whether a copy of this checklist's progress could not be read and was set aside. */
	setAside: boolean;
	/** "Continue on another device" could not download its code (until it can). */
	continueFailed: boolean;
}

/** Above the steps: "N of M done", a progress bar, Reset with undo, and Print. */
export class ChecklistBar extends RecordView<BarState> {
	state: BarState = {
		record: null,
		undo: null,
		notice: null,
		setAside: false,
		continueFailed: false,
	};

	private ownsNotice = false;

	componentDidMount() {
		const copies = `${recordKey(this.address)}${CORRUPT_MARK}`;
		this.setState({ setAside: this.store.keys().some((key) => key.startsWith(copies)) });
		super.componentDidMount();
	}

	protected follow(record: ProgressRecord | null) {
		// A tick after a Reset is a fresh start: the undo is gone.
		const undo = record && hasProgress(record) ? null : this.state.undo;
		this.setState({ record, undo, notice: this.storageNotice() });
	}

	protected storeChanged() {
		this.setState({ notice: this.storageNotice() });
	}

	/** What the storage is doing now, said by one checklist per page, and gone once it works. */
	private storageNotice(): string | null {
		const problem = this.store.problem();
		if (!problem || !(this.ownsNotice ||= claimStorageNotice())) return null;
		return storageMessage(problem);
	}

	render(
		{ total, facts }: IslandProps,
		{ record, undo, notice, setAside, continueFailed }: BarState
	) {
		const done = record ? facts.steps.filter((step) => isDone(record, step.id)).length : 0;
		return h(
			'div',
			{ class: 'checklist-bar', 'data-print-hide': '' },
			h(
				'p',
				{ class: 'checklist-count', role: 'status', 'aria-live': 'polite' },
				`${done} of ${total} done`
			),
			// A native bar: no inline style attribute, which the CSP would block.
			h('progress', {
				class: 'checklist-meter',
				max: total || 1,
				value: done,
				'aria-hidden': 'true',
			}),
			h(
				'div',
				{ class: 'checklist-actions' },
				undo
					? button('Undo reset', this.undoReset, { 'data-focus': 'undo' })
					: button('Reset', this.reset, {
							disabled: !record || !hasProgress(record),
							'data-focus': 'reset',
						}),
				button('Print checklist', printLater),
				button('Continue on another device', this.continueElsewhere, {
					disabled: !record || !hasProgress(record),
				})
			),
			notice && h('p', { class: 'checklist-notice' }, notice),
			setAside &&
				h(
					'p',
					{ class: 'checklist-notice' },
					'Some progress saved earlier for this checklist could not be read. It is kept on ',
					h('a', { href: '/progress/' }, 'Your progress'),
					'.'
				),
			continueFailed && h('p', { class: 'checklist-notice' }, CONTINUE_UNAVAILABLE)
		);
	}

	private reset = () => {
		const before = this.store.read(this.address);
		this.change(resetRecord);
		this.setState({ undo: before });
		this.focus('undo');
	};

	private continueElsewhere = () => {
		const section = (this.base as Element | undefined)?.closest<HTMLElement>('[data-checklist]');
		const { store } = this;
		const { page } = this.address;
		if (section) {
			import('../progress/continue-share')
				.then(({ showContinuePanel }) => {
					this.setState({ continueFailed: false });
					showContinuePanel(section, store, page);
				})
				.catch(() => this.setState({ continueFailed: true }));
		}
	};

	private undoReset = () => {
		const { undo } = this.state;
		this.setState({ undo: null });
		if (undo) this.change((record, now) => undoReset(record, undo, now));
		this.focus('reset');
	};
}

interface OutcomeState extends RecordState {
	next: { href: string; title: string } | null;
}

/** Below the steps: "Did this fix it?", and what to do next once answered. */
export class ChecklistOutcome extends RecordView<OutcomeState> {
	state: OutcomeState = { record: null, next: null };

	componentDidMount() {
		// The next fix is the article's (DocsLayout writes it on the article element).
		const { nextFix, nextFixTitle } =
			(this.base as Element | undefined)?.closest<HTMLElement>('[data-next-fix]')?.dataset ?? {};
		this.setState({
			next: nextFix ? { href: nextFix, title: nextFixTitle ?? 'the next fix' } : null,
		});
		super.componentDidMount();
	}

	render({ checklist, facts }: IslandProps, { record, next }: OutcomeState) {
		// A task's checklist is done, not a fix: nothing to ask (see ChecklistFacts.asksIfFixed).
		if (!facts.asksIfFixed) return null;
		const questionId = `${checklist}-fixed`;
		const outcome = record?.outcome;
		return h(
			'div',
			{ class: 'checklist-outcome', 'data-print-hide': '' },
			outcome
				? [
						h(
							'p',
							{ class: 'checklist-answer', tabIndex: -1, 'data-focus': 'answer' },
							...answerText(outcome, next)
						),
						button('Change answer', () => this.answer(null)),
					]
				: h(
						'div',
						{ role: 'group', 'aria-labelledby': questionId, class: 'checklist-question' },
						h('p', { id: questionId }, 'Did this fix it?'),
						button('Yes, it’s fixed', () => this.answer('solved'), {
							'data-focus': 'question',
							'data-answer': 'solved',
						}),
						button('No, still failing', () => this.answer('not-fixed'), {
							'data-answer': 'not-fixed',
						})
					)
		);
	}

	private answer(kind: Outcome['kind'] | null) {
		this.change((record, now) => setOutcome(record, kind, now));
		this.focus(kind ? 'answer' : 'question');
	}
}

function button(label: string, onClick: () => void, extra?: Record<string, unknown>) {
	return h('button', { type: 'button', class: 'button', onClick, ...extra }, label);
}

/** What the checklist says once the reader has answered "Did this fix it?". */
function answerText(outcome: Outcome, next: OutcomeState['next']): ComponentChild[] {
	if (outcome.kind === 'solved') {
		const on = formatLongDate(new Date(outcome.at), { inReaderTimeZone: true });
		return [`Marked as solved on ${on}. Glad it worked.`];
	}
	return next
		? ['That didn’t fix it. Next, try ', h('a', { href: next.href }, next.title), '.']
		: [
				'That didn’t fix it. Go back to ',
				h('a', { href: '/' }, 'the start page'),
				' for other fixes.',
			];
}

/** Printing is rare, so its code is fetched on the click instead of with every page. */
function printLater() {
	import('./print')
		.then(({ printChecklists }) => printChecklists())
		// Without its code (a lost download) the browser prints the whole article: the steps still
		// reach paper, with the rest of the page around them.
		.catch(() => window.print());
}

/** Said when the code behind "Continue on another device" could not be downloaded. */
const CONTINUE_UNAVAILABLE =
	'“Continue on another device” could not load. Check your connection and try again; your ticks are saved.';

/** What the checklist says when ticks can't be kept, by the reason the browser gave. */
function storageMessage(problem: StorageProblem): string {
	return problem === 'full'
		? 'Your ticks won’t be saved on this device: its storage is full. The checklist still works while the page is open.'
		: 'Your ticks won’t be saved on this device (this browser is blocking storage), but the checklist still works while the page is open.';
}
