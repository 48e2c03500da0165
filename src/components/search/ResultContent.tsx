import type { SearchHit } from '../../lib/search/run-search';

type Props = {
	hit: SearchHit;
	/** On the results page the title is a link; in the dropdown the whole option is the target. */
	titleAs: 'link' | 'text';
};

/** One result's title, matching section, excerpt and the message it fixes. */
export default function ResultContent({ hit, titleAs }: Props) {
	return (
		<>
			<span class="result-heading">
				{titleAs === 'link' ? (
					<a class="result-title" href={hit.url}>
						{hit.title}
					</a>
				) : (
					<span class="result-title">{hit.title}</span>
				)}
				{hit.section && <span class="result-section"> › {hit.section}</span>}
			</span>
			{hit.matchedMessage && (
				<span class="result-message">
					Fixes <q>{hit.matchedMessage}</q>
				</span>
			)}
			{hit.excerptHtml ? (
				// Pagefind escapes the page text and adds only <mark>, so this is safe to insert.
				<span class="result-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />
			) : (
				<span class="result-excerpt">{hit.summary}</span>
			)}
		</>
	);
}
