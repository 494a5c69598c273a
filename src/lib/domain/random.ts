/**
 * A small seeded pseudo-random generator (sfc32, seeded through cyrb128), so that everything random in Ôn bài
 * (shuffled choices, quiz order) is reproducible: the same seed gives the same sequence on every machine.
 * Not for anything security-related.
 */

/** A seeded generator. Call its methods on it (`rng.pick(xs)`); they are not bound functions. */
export interface Rng {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [0, n). Throws a RangeError when n is not a positive integer. */
	int(n: number): number;
	/** One element of a non-empty array. Throws a RangeError on an empty array. */
	pick<T>(items: readonly T[]): T;
	/** A shuffled copy of the array (Fisher-Yates); the input is left as it was. */
	shuffle<T>(items: readonly T[]): T[];
}

/** Hashes a string into four 32-bit seeds (cyrb128), so string seeds such as a deck id spread well. */
function cyrb128(text: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32: four 32-bit words of state; small, fast and well tested (PractRand). */
class Sfc32 implements Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: [number, number, number, number]) {
		[this.a, this.b, this.c, this.d] = seed;
		// sfc32's first outputs still echo the seed; discarding a few is the usual remedy.
		for (let i = 0; i < 12; i++) this.next();
	}

	next(): number {
		const t0 = (this.a + this.b) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.d = (this.d + 1) | 0;
		const t = (t0 + this.d) | 0;
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	int(n: number): number {
		if (!Number.isInteger(n) || n <= 0) {
			throw new RangeError(`Rng.int: n must be a positive integer, got ${n}`);
		}
		return Math.floor(this.next() * n);
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new RangeError('Rng.pick: cannot pick from an empty array');
		return items[this.int(items.length)] as T;
	}

	shuffle<T>(items: readonly T[]): T[] {
		const out = items.slice();
		for (let i = out.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			const tmp = out[i] as T;
			out[i] = out[j] as T;
			out[j] = tmp;
		}
		return out;
	}
}

/**
 * Creates a deterministic generator. Numbers and strings are both accepted; a number is hashed through its
 * decimal text, so `createRng(42)` and `createRng('42')` give the same sequence.
 */
export function createRng(seed: number | string): Rng {
	if (typeof seed === 'number' && !Number.isFinite(seed)) {
		throw new RangeError(`createRng: seed must be a finite number or a string, got ${seed}`);
	}
	return new Sfc32(cyrb128(String(seed)));
}
