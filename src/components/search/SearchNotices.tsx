import type { SearchOutcome } from '../../lib/search/run-search';
import { MAX_QUERY_WORDS, MAX_WORD_LENGTH, type Shortened } from '../../lib/search/limits';
import { searchPageHref } from '../../lib/search/urls';

type Props = {
	outcome: SearchOutcome;
};

/** The quiet line saying a very long query was cut down, and how. */
function shortenedText({ extraWords, longWords }: Shortened): string {
	const parts = [
		extraWords && `Searched for the first ${MAX_QUERY_WORDS} words.`,
		longWords && `Left out words longer than ${MAX_WORD_LENGTH} letters.`,
	];
	return parts.filter(Boolean).join(' ');
}

/** What the search did with the query: the message it recognised, the typos it corrected, or where to go when nothing matched. */
export default function SearchNotices({ outcome }: Props) {
	const { plan, hits, suggestions } = outcome;
	return (
		<div class="search-notices">
			{plan.shortened && (
				<p class="search-notice search-shortened">{shortenedText(plan.shortened)}</p>
			)}
			{plan.error?.strong && (
				<p class="search-notice">
					Matched message: <q class="matched-message">{plan.error.message}</q>
				</p>
			)}
			{plan.correctedQuery && (
				<p class="search-notice">
					Showing results for <strong>{plan.correctedQuery}</strong>. Search instead for{' '}
					<a href={searchPageHref(plan.searched, { literal: true })}>{plan.searched}</a>
				</p>
			)}
			{outcome.lowConfidence && hits.length > 0 && (
				<p class="search-notice search-unsure">
					Not sure which problem this is, so here are the closest matches. If your iPhone or iPad
					shows a message, <a href="#search-triage">pick the message you see</a>.
				</p>
			)}
			{hits.length === 0 && (
				<div class="search-notice search-empty">
					<p>
						No pages match <q>{plan.searched}</q>. Try fewer words, or:
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
