import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchOutcome } from '../../lib/search/run-search';
import { runSearch } from './browser-search';

/** Where a search is: nothing asked, running, finished, or failed (e.g. no index in `astro dev`). */
export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

/** Typing pauses shorter than this start no search; each keystroke would otherwise run one. */
const DEBOUNCE_MS = 60;

/** Search as the query changes, debounced, ignoring answers to queries the reader has moved past. */
export function useSearch(query: string, limit: number) {
	const [status, setStatus] = useState<SearchStatus>('idle');
	const [outcome, setOutcome] = useState<SearchOutcome>();
	const [error, setError] = useState<string>();
	const latest = useRef(0);

	useEffect(() => {
		const text = query.trim();
		const ticket = ++latest.current;
		if (!text) {
			setStatus('idle');
			setOutcome(undefined);
			return;
		}
		setStatus('loading');
		const timer = setTimeout(() => {
			runSearch(text, { limit })
				.then((result) => {
					if (ticket !== latest.current) return;
					setOutcome(result);
					setStatus('done');
				})
				.catch((reason: unknown) => {
					if (ticket !== latest.current) return;
					setError(reason instanceof Error ? reason.message : 'Search failed to load.');
					setStatus('error');
				});
		}, DEBOUNCE_MS);
		return () => clearTimeout(timer);
	}, [query, limit]);

	return { status, outcome, error };
}
