import { describe, expect, it } from 'vitest';
import { nextBatchSize } from '../../../src/lib/components/lists/batch-size';

describe('the size of the next batch of rows', () => {
	it('shrinks a batch that took longer than the budget, to what fits in it', () => {
		// 16 rows in 40 ms at a 10 ms budget: 4 rows next.
		expect(nextBatchSize(16, 40, 10)).toBe(4);
		expect(nextBatchSize(4, 30, 10)).toBe(1);
	});

	it('grows a quick batch, at most doubling it and never past the cap', () => {
		expect(nextBatchSize(4, 5, 10)).toBe(8);
		expect(nextBatchSize(4, 1, 10)).toBe(8);
		expect(nextBatchSize(40, 1, 10, 64)).toBe(64);
		expect(nextBatchSize(6, 8, 10)).toBe(7);
	});

	it('draws at least one row, however slow the last one was', () => {
		expect(nextBatchSize(1, 500, 10)).toBe(1);
		expect(nextBatchSize(3, 1e9, 10)).toBe(1);
	});

	it('doubles when the clock measured nothing (a coarse timer reads 0)', () => {
		expect(nextBatchSize(4, 0, 10)).toBe(8);
		expect(nextBatchSize(4, Number.NaN, 10)).toBe(8);
	});
});
