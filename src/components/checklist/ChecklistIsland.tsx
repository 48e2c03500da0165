import { Component, createRef, type ComponentChildren } from 'preact';
import {
	doneCount,
	emptyRecord,
	hasProgress,
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

type Props = {
	/** How many steps the checklist has, for the server-rendered count. */
	total: number;
	/** The server-rendered steps, passed through untouched. */
	children?: ComponentChildren;
};

type State = {
	record: ProgressRecord | null;
	total: number;
	/** The record as it was before "Reset", while the reader can still undo. */
	undo: ProgressRecord | null;
	/** Show that progress is not being saved (only one checklist per page says so). */
	notice: boolean;
	next: { href: string; title: string } | null;
};

/**
 * The behaviour of one checklist: saves ticks, shows progress, Reset with undo, "Did this fix
 * it?", and Print. It binds to the server-rendered checkboxes instead of rendering the steps, so
 * the steps' rich content is never re-rendered and works before (or without) hydration.
 */
export default class ChecklistIsland extends Component<Props, State> {
	private bar = createRef<HTMLDivElement>();
	private section!: HTMLElement;
	private address!: RecordAddress;
	private steps: PageStep[] = [];
	private store!: ProgressStore;
	// The record as last saved or loaded; state.record can lag behind until Preact re-renders, and
	// two changes in one task (a tick and another tab's event) must not build on a stale copy.
	private record: ProgressRecord | null = null;
	private unsubscribe = () => {};

	state: State = { record: null, total: this.props.total, undo: null, notice: false, next: null };

	componentDidMount() {
		const section = this.bar.current?.closest<HTMLElement>('[data-checklist]');
		if (!section) return;
		this.section = section;
		this.store = browserProgressStore();
		this.address = addressOf(section);
		this.steps = readSteps(section);
		const article = section.closest<HTMLElement>('[data-next-fix]');
		const next = article?.dataset.nextFix
			? { href: article.dataset.nextFix, title: article.dataset.nextFixTitle ?? 'the next fix' }
			: null;
		this.setState({ total: this.steps.length, next });
		section.addEventListener('change', this.onChange);
		this.unsubscribe = this.store.subscribe((address) => {
			const mine =
				address?.page === this.address.page && address.checklist === this.address.checklist;
			if (!address || mine) this.load();
		});
		this.load();
	}

	componentWillUnmount() {
		this.section?.removeEventListener('change', this.onChange);
		this.unsubscribe();
	}

	render({ children }: Props, { record, total, undo, notice, next }: State) {
		const done = record ? doneCount(record) : 0;
		const outcome = record?.outcome;
		return (
			<>
				<div class="checklist-bar" ref={this.bar} data-print-hide>
					<p class="checklist-count" role="status" aria-live="polite">
						{done} of {total} done
					</p>
					{/* A native bar: no inline style attribute, which the CSP would block. */}
					<progress class="checklist-meter" max={total || 1} value={done} aria-hidden="true" />
					<div class="checklist-actions">
						{undo ? (
							<button type="button" class="button" onClick={this.undoReset} data-focus="undo">
								Undo reset
							</button>
						) : (
							<button
								type="button"
								class="button"
								onClick={this.reset}
								disabled={!record}
								data-focus="reset"
							>
								Reset
							</button>
						)}
						<button type="button" class="button" onClick={printLater}>
							Print checklist
						</button>
					</div>
					{notice && (
						<p class="checklist-notice">
							Your ticks won’t be saved on this device (this browser is blocking storage), but the
							checklist still works while the page is open.
						</p>
					)}
				</div>
				{children}
				<div class="checklist-outcome" data-print-hide>
					{outcome ? this.renderAnswer(outcome, next) : this.renderQuestion()}
				</div>
			</>
		);
	}

	private renderQuestion() {
		const questionId = `${this.address?.checklist ?? 'checklist'}-fixed`;
		return (
			<div role="group" aria-labelledby={questionId} class="checklist-question">
				<p id={questionId}>Did this fix it?</p>
				<button type="button" class="button" onClick={() => this.answer('solved')}>
					Yes, it’s fixed
				</button>
				<button type="button" class="button" onClick={() => this.answer('not-fixed')}>
					No, still failing
				</button>
			</div>
		);
	}

	private renderAnswer(outcome: Outcome, next: State['next']) {
		const on = new Date(outcome.at).toLocaleDateString('en-GB', {
			day: 'numeric',
			month: 'long',
		});
		return (
			<>
				<p class="checklist-answer" tabIndex={-1} data-focus="answer">
					{outcome.kind === 'solved' ? (
						<>Marked as solved on {on}. Glad it worked.</>
					) : next ? (
						<>
							That didn’t fix it. Next, try <a href={next.href}>{next.title}</a>.
						</>
					) : (
						<>
							That didn’t fix it. Go back to <a href="/">the start page</a> for other fixes.
						</>
					)}
				</p>
				<button type="button" class="button" onClick={() => this.answer(null)}>
					Change answer
				</button>
			</>
		);
	}

	private onChange = (event: Event) => {
		const box = event.target;
		if (!(box instanceof HTMLInputElement)) return;
		const step = this.steps.find(
			(item) => item.id === box.closest<HTMLElement>('[data-step]')?.dataset.step
		);
		if (step) this.save(setStep(this.current(), step, box.checked, Date.now()));
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

	private focus(target: 'undo' | 'reset' | 'answer' | 'question') {
		// After the re-render, so the element exists.
		requestAnimationFrame(() => {
			const root = this.section;
			const element =
				target === 'question'
					? root.querySelector<HTMLElement>('.checklist-question button')
					: root.querySelector<HTMLElement>(`[data-focus="${target}"]`);
			element?.focus();
		});
	}
}

/** Printing is rare, so its code is fetched on the click instead of with every page. */
function printLater() {
	void import('../../lib/client/checklist-print').then(({ printChecklists }) => printChecklists());
}
