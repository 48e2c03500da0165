import type { ChecklistIndex } from '../../lib/checklist/index-file';

let loading: Promise<ChecklistIndex> | undefined;

/**
 * The site's checklist index (`/checklists.json`, built from the articles), fetched once per
 * page and only when progress moves between devices. Precached, so it works offline too. The path
 * is SITE_PATHS.checklistIndex (lib/site.ts), written out: importing the paths would add them all
 * to the checklist chunk every article loads.
 */
export function loadChecklistIndex(): Promise<ChecklistIndex> {
	loading ??= fetch('/checklists.json').then(async (response) => {
		if (!response.ok) throw new Error(`checklists.json: ${response.status}`);
		const index = (await response.json()) as ChecklistIndex;
		if (!Array.isArray(index?.pages)) throw new Error('checklists.json has no pages');
		return index;
	});
	return loading;
}
