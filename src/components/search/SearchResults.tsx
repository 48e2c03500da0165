import type { SearchOutcome } from '../../lib/search/run-search';
import ResultContent from './ResultContent';
import SearchNotices from './SearchNotices';

type Props = {
	outcome: SearchOutcome;
};

/** Results listed when the search is not sure: the closest few, then the message triage. */
const UNSURE_SHOWN = 5;

/** The /search/ page's results: notices, then every result in rank order as an ordered list. */
export default function SearchResults({ outcome }: Props) {
	const hits = outcome.lowConfidence ? outcome.hits.slice(0, UNSURE_SHOWN) : outcome.hits;
	return (
		<>
			<SearchNotices outcome={outcome} />
			{hits.length > 0 && (
				<ol class="search-results">
					{hits.map((hit) => (
						<li key={hit.url} class="search-result" data-result-slug={hit.slug}>
							<ResultContent hit={hit} titleAs="link" />
						</li>
					))}
				</ol>
			)}
		</>
	);
}
