/**
 * Workbox's generateSW copies plugin callbacks into sw.js as source text (`String(fn)`), so they
 * can't close over build-time values. This returns `fn` bound to `data`, whose source text is
 * `(fn).bind(data)` with `data` as JSON, read when sw.js is written: fill `data` in until then.
 */
export function bindSource<D extends object, A extends unknown[], R>(
	fn: (this: D, ...args: A) => R,
	data: D
): (...args: A) => R {
	const bound = fn.bind(data);
	bound.toString = () => `(${Function.prototype.toString.call(fn)}).bind(${JSON.stringify(data)})`;
	return bound;
}
