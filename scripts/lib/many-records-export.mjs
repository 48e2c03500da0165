// @ts-check
/**
 * A progress export of many old checklists, as a reader who has used the site for years might
 * bring from another device: the e2e responsiveness test and bench:import read the same file.
 */

/**
 * An export file (as text) with `count` records, each with two of three steps ticked.
 * @param {number} count
 * @param {number} now the time the file says it was made, in ms
 */
export function manyRecordsExport(count, now) {
	const records = Array.from({ length: count }, (_, index) => ({
		schema: 2,
		page: `/fixes/old-article-${index}/`,
		checklist: 'steps',
		pageTitle: `Old article ${index}`,
		checklistTitle: 'Steps',
		stepIds: ['first', 'second', 'third'],
		steps: {
			first: { done: true, at: now - 60_000, hash: 'h1', text: 'Do the first thing.' },
			second: { done: true, at: now - 30_000, hash: 'h2', text: 'Do the second thing.' },
		},
		clearedAt: 0,
		outcome: null,
		outcomeAt: 0,
		createdAt: now - 60_000,
		updatedAt: now - 30_000,
	}));
	return JSON.stringify({
		app: 'backup-rescue-progress',
		schema: 2,
		exportedAt: new Date(now).toISOString(),
		records,
	});
}
