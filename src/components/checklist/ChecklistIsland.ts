import { Component, Fragment, h } from 'preact';
import {
	doneCount,
	emptyRecord,
	hasProgress,
	recordKey,
	resetRecord,
	setOutcome,
	setStep,
	updatedStepIds,
	type Outcome,
	type PageStep,
	type ProgressRecord,
	type RecordAddress,
} from '../../lib/client/progress-record';
import { browserProgressStore, claimStorageNotice } from '../../lib/client/browser-progress-store';
import type { ProgressStore } from '../../lib/client/progress-store';
import { addressOf, readSteps, readTitles, showProgress } from '../../lib/client/checklist-dom';

// Written with `h()` rather than JSX: Preact's JSX runtime is a module of its own (0.3 KB gzip),
// and everything this island loads counts against the checklist's 8 KB budget.

type Props = {
	/** The checklist's id (unique on the page), for the ids the island's own markup needs. */
	checklist: string;
	/** How many steps the checklist has, for the server-rendered count. */
	total: number;
	/**
	 * The steps' server-rendered HTML. Preact renders it once on the server and, when hydrating,
	 * leaves the DOM it finds alone, so the steps' rich content is never re-rendered.
	 */
	stepsHtml: string;
};

type State = {
	record: ProgressRecord | null;
	/** The record as it was before "Reset", while the reader can still undo. */
	undo: ProgressRecord | null;
	/** Show that progress is not being saved (only one checklist per page says so). */
	notice: boolean;
	next: { href: string; title: string } | null;
};

type FocusTarget = 'undo' | 'reset' | 'answer' | 'question';

/**
 * The behaviour of one checklist: saves ticks, shows progress, Reset with undo, "Did this fix
 * it?", and Print. It binds to the server-rendered checkboxes instead of rendering the steps, so
 * ticking works before (or without) hydration. Hydrated by lib/client/checklist-hydrate.ts.
 */
export default class ChecklistIsland extends Component<Props, State> {
	private section!: HTMLElement;
	private address!: RecordAddress;
	private steps: PageStep[] = [];
	private store!: ProgressStore;
	// The record as last saved or loaded; state.record can lag behind until Preact re-renders, and
	// two changes in one task (a tick and another tab's event) must not build on a stale copy.
	private record: ProgressRecord | null = null;
	private unsubscribe = () => {};

	state: State = { record: null, undo: null, notice: false, next: null };

	componentDidMount() {
		const section = (this.base as Element | undefined)?.closest<HTMLElement>('[data-checklist]');
		if (!section) return;
		this.section = section;
		this.store = browserProgressStore();
		this.address = addressOf(section);
		this.steps = readSteps(section);
		const { nextFix, nextFixTitle } =
			section.closest<HTMLElement>('[data-next-fix]')?.dataset ?? {};
		this.setState({
			next: nextFix ? { href: nextFix, title: nextFixTitle ?? 'the next fix' } : null,
		});
		section.addEventListener('change', this.onChange);
		const key = recordKey(this.address);
		// null: another tab cleared everything.
		this.unsubscribe = this.store.subscribe((changed) => {
			if (changed === null || changed === key) this.load();
		});
		this.load();
	}

	componentWillUnmount() {
		this.section?.removeEventListener('change', this.onChange);
		this.unsubscribe();
	}

	render({ checklist, total, stepsHtml }: Props, { record, undo, notice, next }: State) {
		const questionId = `${checklist}-fixed`;
		const done = record ? doneCount(record) : 0;
		const outcome = record?.outcome;
		const button = (label: string, onClick: () => void, extra?: Record<string, unknown>) =>
			h('button', { type: 'button', class: 'button', onClick, ...extra }, label);
		return h(
			Fragment,
			null,
			h(
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
						: button('Reset', this.reset, { disabled: !record, 'data-focus': 'reset' }),
					button('Print checklist', printLater)
				),
				notice &&
					h(
						'p',
						{ class: 'checklist-notice' },
						'Your ticks won’t be saved on this device (this browser is blocking storage), but the checklist still works while the page is open.'
					)
			),
			h('ol', { class: 'steps', dangerouslySetInnerHTML: { __html: stepsHtml } }),
			h(
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
							{
								role: 'group',
								'aria-labelledby': questionId,
								class: 'checklist-question',
							},
							h('p', { id: questionId }, 'Did this fix it?'),
							button('Yes, it’s fixed', () => this.answer('solved'), { 'data-focus': 'question' }),
							button('No, still failing', () => this.answer('not-fixed'))
						)
			)
		);
	}

	private onChange = (event: Event) => {
		const box = event.target as HTMLElement;
		const step = this.steps.find(
			(item) => item.id === box.closest<HTMLElement>('[data-step]')?.dataset.step
		);
		if (step && box instanceof HTMLInputElement) {
			this.save(setStep(this.current(), step, box.checked, Date.now()));
		}
	};

	private reset = () => {
		this.save(resetRecord(this.current(), Date.now()), this.record);
		this.focus('undo');
	};

	private undoReset = () => {
		if (this.state.undo) this.save({ ...this.state.undo, updatedAt: Date.now() });
		this.focus('reset');
	};

	private answer(kind: Outcome['kind'] | null) {
		this.save(setOutcome(this.current(), kind, Date.now()));
		this.focus(kind ? 'answer' : 'question');
	}

	private current(): ProgressRecord {
		return this.record ?? emptyRecord(this.address, Date.now());
	}

	/** Reads the stored record (again, after another tab changed it) and shows it. */
	private load() {
		const record = this.store.read(this.address);
		if (record && record.stepIds.join() !== this.steps.map((step) => step.id).join()) {
			// Keep the stored outline in step with the page so the progress page counts right.
			this.store.write(this.withPage(record));
		}
		this.show(record, null);
	}

	private save(record: ProgressRecord, undo: ProgressRecord | null = null) {
		const saved = this.withPage(record);
		this.store.write(saved);
		this.show(hasProgress(saved) ? saved : null, undo);
	}

	private show(record: ProgressRecord | null, undo: ProgressRecord | null) {
		const notice = this.state.notice || (!this.store.isPersistent() && claimStorageNotice());
		this.record = record;
		this.setState({ record, undo, notice });
		showProgress(this.section, record, record ? updatedStepIds(record, this.steps) : []);
	}

	private withPage(record: ProgressRecord): ProgressRecord {
		return { ...record, ...readTitles(this.section), stepIds: this.steps.map((step) => step.id) };
	}

	private focus(target: FocusTarget) {
		// After the re-render, so the element exists.
		requestAnimationFrame(() =>
			this.section.querySelector<HTMLElement>(`[data-focus="${target}"]`)?.focus()
		);
	}
}

/** What the checklist says once the reader has answered "Did this fix it?". */
function answerText(outcome: Outcome, next: State['next']) {
	if (outcome.kind === 'solved') {
		const on = new Date(outcome.at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });
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
	void import('../../lib/client/checklist-print').then(({ printChecklists }) => printChecklists());
}
