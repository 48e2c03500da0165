import { useEffect, useId, useRef, useState } from 'preact/hooks';
import ResultContent from './ResultContent';
import SearchNotices from './SearchNotices';
import { useSearch } from './use-search';
import { searchPageHref } from '../../lib/search/urls';

type Props = {
	/** The top bar's server-rendered search input, which this island turns into a combobox. */
	input: HTMLInputElement;
};

/** Results shown in the dropdown; the full page has the rest. */
const LIMIT = 6;

/**
 * The top-bar search dropdown, following the WAI-ARIA combobox pattern: focus stays in the input,
 * arrow keys move `aria-activedescendant` through the listbox, Enter opens the active result (or
 * submits to the full results page), Escape closes. It adopts the existing input rather than
 * rendering its own, so nothing the reader typed before it loaded is lost.
 */
export default function SearchDropdown({ input }: Props) {
	const id = useId();
	const listId = `${id}-list`;
	const [query, setQuery] = useState(input.value);
	const [open, setOpen] = useState(input.value.trim() !== '');
	const [active, setActive] = useState(-1);
	const { status, outcome, error } = useSearch(query, LIMIT);
	const hits = status === 'done' ? (outcome?.hits ?? []) : [];
	const showList = open && hits.length > 0;
	const showPanel = open && status !== 'idle';

	useEffect(() => setActive(-1), [outcome]);

	useEffect(() => {
		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-controls', listId);
		const onInput = () => {
			setQuery(input.value);
			setOpen(true);
		};
		const onFocus = () => setOpen(input.value.trim() !== '');
		const onFocusOut = (event: FocusEvent) => {
			const form = input.form;
			if (!form || !(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) {
				setOpen(false);
			}
		};
		input.addEventListener('input', onInput);
		input.addEventListener('focus', onFocus);
		input.form?.addEventListener('focusout', onFocusOut);
		// Words typed between the first render and these listeners would otherwise go unsearched.
		if (input.value.trim() !== '' && document.activeElement === input) onInput();
		return () => {
			input.removeEventListener('input', onInput);
			input.removeEventListener('focus', onFocus);
			input.form?.removeEventListener('focusout', onFocusOut);
		};
	}, [input, listId]);

	useEffect(() => {
		input.setAttribute('aria-expanded', String(showList));
		if (showList && active >= 0) {
			input.setAttribute('aria-activedescendant', `${id}-${active}`);
			document.getElementById(`${id}-${active}`)?.scrollIntoView({ block: 'nearest' });
		} else {
			input.removeAttribute('aria-activedescendant');
		}
	}, [input, id, showList, active]);

	// Read through a ref, so a key pressed before the effects re-run never sees stale state.
	const current = useRef({ open, hits, showList, active });
	current.current = { open, hits, showList, active };

	useEffect(() => {
		const onKeyDown = (event: KeyboardEvent) => {
			const { open, hits, showList, active } = current.current;
			if (event.key === 'Escape' && open) {
				event.preventDefault();
				setOpen(false);
				setActive(-1);
			} else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
				if (hits.length === 0) return;
				event.preventDefault();
				const step = event.key === 'ArrowDown' ? 1 : -1;
				if (!open) {
					// Reopening starts from the first (or last) option, as in the pattern's examples.
					setOpen(true);
					setActive(step > 0 ? 0 : hits.length - 1);
					return;
				}
				// Cycle through the options and back to the input itself (-1), as the pattern suggests.
				const slots = hits.length + 1;
				setActive((current) => ((current + 1 + step + slots) % slots) - 1);
			} else if (event.key === 'Enter' && showList && active >= 0) {
				const hit = hits[active];
				if (!hit) return;
				event.preventDefault();
				location.assign(hit.url);
			}
		};
		input.addEventListener('keydown', onKeyDown);
		return () => input.removeEventListener('keydown', onKeyDown);
	}, [input]);

	return (
		<>
			<div class="search-panel" hidden={!showPanel} data-search-state={status}>
				{status === 'loading' && !outcome && <p class="search-panel-note">Searching…</p>}
				{status === 'error' && <p class="search-panel-note">{error}</p>}
				{status === 'done' && outcome && <SearchNotices outcome={outcome} />}
				<ul role="listbox" id={listId} aria-label="Search results" hidden={!showList}>
					{hits.map((hit, index) => (
						<li
							key={hit.url}
							id={`${id}-${index}`}
							role="option"
							aria-selected={index === active}
							class="search-option"
							data-result-slug={hit.slug}
							// Keep focus in the input, so the click does not close the dropdown first.
							onMouseDown={(event) => event.preventDefault()}
							onClick={() => location.assign(hit.url)}
						>
							<ResultContent hit={hit} titleAs="text" />
						</li>
					))}
				</ul>
				{status === 'done' && outcome && hits.length > 0 && (
					<a class="search-all" href={searchPageHref(query.trim())}>
						See all results for <q>{query.trim()}</q>
					</a>
				)}
			</div>
			<p class="sr-only" role="status">
				{status === 'done' && open
					? `${hits.length} ${hits.length === 1 ? 'result' : 'results'}. Use the up and down arrows to choose.`
					: ''}
			</p>
		</>
	);
}
