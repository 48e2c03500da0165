import type { SearchOutcome } from '../../lib/client/search-engine';

type Props = {
	outcome: SearchOutcome;
};

/** The search path for the reader's words as typed, with typo correction turned off. */
export function literalSearchHref(query: string): string {
	return `/search/?${new URLSearchParams({ q: query, literal: '1' }).toString()}`;
}

/** What the search did with the query: the message it recognised, the typos it corrected, or where to go when nothing matched. */
export default function SearchNotices({ outcome }: Props) {
	const { plan, hits, suggestions } = outcome;
	return (
		<div class="search-notices">
			{plan.error?.strong && (
				<p class="search-notice">
					Matched message: <q class="matched-message">{plan.error.message}</q>
				</p>
			)}
			{plan.correctedQuery && (
				<p class="search-notice">
					Showing results for <strong>{plan.correctedQuery}</strong>. Search instead for{' '}
					<a href={literalSearchHref(plan.literal)}>{plan.literal}</a>
				</p>
			)}
			{hits.length === 0 && (
				<div class="search-notice search-empty">
					<p>
						No pages match <q>{plan.literal}</q>. Try fewer words, or:
					</p>
					<ul>
						<li>
							<a href="/errors/">Look up the message in the error reference</a>
						</li>
						<li>
							<a href="/">Start here: the checks in order, quickest first</a>
						</li>
						{suggestions.map((page) => (
							<li key={page.url}>
								<a href={page.url}>{page.title}</a>
							</li>
						))}
					</ul>
				</div>
			)}
		</div>
	);
}
