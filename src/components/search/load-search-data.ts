import { prepareSearchData } from '../../lib/search/run-search';
import type { SearchData } from '../../lib/search/search-data';

let data: Promise<SearchData> | undefined;

/** Fetch the build-time search data (known messages, vocabulary, synonyms) once, on first use. */
export function loadSearchData(): Promise<SearchData> {
	data ??= fetch('/search-data.json').then((response) => {
		if (!response.ok) {
			data = undefined;
			throw new Error(`Search data could not load (${response.status}).`);
		}
		return (response.json() as Promise<SearchData>).then((loaded) => {
			// Worked out now, while Pagefind is still loading, rather than on the first keystroke.
			prepareSearchData(loaded);
			return loaded;
		});
	});
	return data;
}
