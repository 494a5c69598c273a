import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/lib/domain/random';

describe('createRng', () => {
	it('gives the same sequence for the same seed, and a different one for another seed', () => {
		const a = createRng('vufo-quang-ninh');
		const b = createRng('vufo-quang-ninh');
		const c = createRng('vufo-quang-ninh!');
		const seqA = Array.from({ length: 20 }, () => a.next());
		const seqB = Array.from({ length: 20 }, () => b.next());
		const seqC = Array.from({ length: 20 }, () => c.next());
		expect(seqA).toEqual(seqB);
		expect(seqA).not.toEqual(seqC);
	});

	it('treats a number seed like its decimal text', () => {
		expect(createRng(42).next()).toBe(createRng('42').next());
		expect(createRng(42).next()).not.toBe(createRng(43).next());
	});

	it('next() stays in [0, 1) and spreads over the range', () => {
		const rng = createRng(7);
		const values = Array.from({ length: 10_000 }, () => rng.next());
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		const mean = values.reduce((s, v) => s + v, 0) / values.length;
		expect(mean).toBeGreaterThan(0.45);
		expect(mean).toBeLessThan(0.55);
		// Every tenth of the range is hit.
		const buckets = new Set(values.map((v) => Math.floor(v * 10)));
		expect(buckets.size).toBe(10);
	});

	it('int(n) returns whole numbers in [0, n) and reaches both ends', () => {
		const rng = createRng('int');
		const seen = new Set<number>();
		for (let i = 0; i < 2000; i++) {
			const v = rng.int(6);
			expect(Number.isInteger(v)).toBe(true);
			seen.add(v);
		}
		expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('rejects a bad bound, an empty pick and a non-finite seed', () => {
		const rng = createRng(1);
		expect(() => rng.int(0)).toThrow(RangeError);
		expect(() => rng.int(2.5)).toThrow(/positive integer/);
		expect(() => rng.pick([])).toThrow(/empty/);
		expect(() => createRng(Number.NaN)).toThrow(RangeError);
	});

	it('shuffle returns a new permutation, leaves the input alone, and is reproducible', () => {
		const input = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		const copy = [...input];
		const s1 = createRng('s').shuffle(input);
		const s2 = createRng('s').shuffle(input);
		expect(input).toEqual(copy);
		expect(s1).toEqual(s2);
		expect([...s1].sort()).toEqual(copy);
		expect(s1).not.toEqual(input);
	});

	it('shuffle is unbiased enough: each item lands first about equally often', () => {
		const rng = createRng('fair');
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 8000; i++) counts[rng.shuffle([0, 1, 2, 3])[0]!]!++;
		for (const c of counts) {
			expect(c).toBeGreaterThan(1700);
			expect(c).toBeLessThan(2300);
		}
	});

	it('pick returns an element of the array', () => {
		const rng = createRng('pick');
		const items = ['Hủa Phăn', 'Luông Pha Băng', 'Xay Nhạ By Ly'];
		for (let i = 0; i < 50; i++) expect(items).toContain(rng.pick(items));
	});
});
