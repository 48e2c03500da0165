/**
 * Returns `fn` bound to `data`, whose source text is `(fn).bind(data)` with `data` as JSON, for
 * code that is written into a file as source text (the service worker's runtime.js)
 * and so can't close over build-time values.
 */
export function bindSource<D extends object, A extends unknown[], R>(
	fn: (this: D, ...args: A) => R,
	data: D
): (...args: A) => R {
	const bound = fn.bind(data);
	bound.toString = () => `(${Function.prototype.toString.call(fn)}).bind(${JSON.stringify(data)})`;
	return bound;
}
