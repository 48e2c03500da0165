/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, the most common
 * typing slip: "stroage"). Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prevPrev: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
			}
			row.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > max) return max + 1;
		prevPrev = prev;
		prev = row;
	}
	return prev[b.length] ?? max + 1;
}

/** How many edits a word of this length may need and still count as a typo of another word. */
export function allowedEdits(length: number): number {
	// Short words have too many neighbours ("wifi"/"with"); long words survive two slips.
	if (length <= 3) return 0;
	if (length <= 6) return 1;
	return 2;
}
