import type { SearchOutcome } from '../../lib/search/run-search';
import ResultContent from './ResultContent';
import SearchNotices from './SearchNotices';

type Props = {
	outcome: SearchOutcome;
};

/** The /search/ page's results: notices, then every result in rank order as an ordered list. */
export default function SearchResults({ outcome }: Props) {
	return (
		<>
			<SearchNotices outcome={outcome} />
			{outcome.hits.length > 0 && (
				<ol class="search-results">
					{outcome.hits.map((hit) => (
						<li key={hit.url} class="search-result" data-result-slug={hit.slug}>
							<ResultContent hit={hit} titleAs="link" />
						</li>
					))}
				</ol>
			)}
		</>
	);
}
