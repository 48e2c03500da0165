// @ts-check

/** A small seeded random generator (mulberry32), so every run writes the same articles. */
export function seededRandom(/** @type {number} */ seed) {
	let state = seed >>> 0;
	/** A number in [0, 1). */
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		/** An integer in [min, max]. @param {number} min @param {number} max */
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		/** One item of a non-empty list. @template T @param {readonly T[]} list @returns {T} */
		pick: (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]),
		/** `count` distinct items, in random order. @template T @param {readonly T[]} list @param {number} count @returns {T[]} */
		sample: (list, count) => {
			const copy = [...list];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[copy[i], copy[j]] = [/** @type {T} */ (copy[j]), /** @type {T} */ (copy[i])];
			}
			return copy.slice(0, count);
		},
	};
}
