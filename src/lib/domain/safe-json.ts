/**
 * JSON from outside the app (a backup file), read so that what is kept is exactly what was read: bounded in
 * size and depth, and with no key that JavaScript treats specially. `JSON.parse` makes `"__proto__"` an own
 * key, but copying it with `out[key] = v` sets the copy's prototype instead: the value would then be read
 * through inheritance yet be left out of `Object.keys`, and so out of the backup's checksum.
 */

export interface JsonLimits {
	/** Longest text accepted, in UTF-16 code units (what `string.length` counts). */
	maxChars: number;
	/** Deepest nesting of arrays and objects; the top-level value is depth 1. */
	maxDepth: number;
}

/** Keys that change an object's behaviour when assigned, or that no record of this app has. */
const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export type SafeJsonProblem = 'too-large' | 'not-json' | 'too-deep' | 'forbidden-key';

export class SafeJsonError extends Error {
	override name = 'SafeJsonError';
	constructor(
		readonly problem: SafeJsonProblem,
		message: string,
		/** Where the problem is, as `data.reviews[3].given` (forbidden keys and depth only). */
		readonly path?: string
	) {
		super(message);
	}
}

const child = (path: string, key: string | number) =>
	typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Parses `text`, refusing text over `maxChars`, nesting over `maxDepth` and the keys of FORBIDDEN_KEYS,
 * naming where they are. With those keys refused, JSON.parse's plain objects hold only own data
 * properties, so every value kept is one the checksum sees. The walk is iterative: no input can exhaust
 * the call stack ("Maximum call stack size exceeded"), and what it lets through is shallow enough for the
 * recursive code that follows (the checksum's canonical JSON).
 *
 * @example parseJsonSafely('{"a":[1]}', { maxChars: 100, maxDepth: 4 }) // { a: [1] }
 */
export function parseJsonSafely(text: string, limits: JsonLimits): unknown {
	if (text.length > limits.maxChars) {
		throw new SafeJsonError('too-large', `The text is ${text.length} characters, over ${limits.maxChars}`);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		throw new SafeJsonError('not-json', `Not valid JSON (${(e as Error).message})`);
	}
	const stack: [unknown, number, string][] = [[raw, 1, '']];
	while (stack.length) {
		const [value, depth, path] = stack.pop()!;
		if (value === null || typeof value !== 'object') continue;
		if (depth > limits.maxDepth) {
			throw new SafeJsonError('too-deep', `Nested deeper than ${limits.maxDepth} levels`, path);
		}
		if (Array.isArray(value)) {
			value.forEach((v, i) => stack.push([v, depth + 1, child(path, i)]));
			continue;
		}
		for (const [key, v] of Object.entries(value)) {
			if (FORBIDDEN_KEYS.includes(key)) {
				throw new SafeJsonError('forbidden-key', `The key "${key}" is not allowed`, child(path, key));
			}
			stack.push([v, depth + 1, child(path, key)]);
		}
	}
	return raw;
}
