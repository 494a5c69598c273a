import { describe, expect, it } from 'vitest';
import { directionFor, formatLike, nearbyNumbers } from '../../../../src/lib/domain/questions/numbers';
import { parseWrittenNumber } from '../../../../src/lib/domain/facts/text';

describe('formatLike', () => {
	it.each([
		[6, '08', '06'],
		[10, '08', '10'],
		[1897, '1.797', '1.897'],
		[17000, '15.000', '17.000'],
		[1.8, '1,6', '1,8'],
		[2, '1,6', '2'],
		[417, '407', '417']
	])('formats %s like %s as %s', (value, like, expected) => {
		expect(formatLike(value, like)).toBe(expected);
	});
});

describe('nearbyNumbers', () => {
	const cases: [number, string, string | undefined][] = [
		[8, '08', undefined],
		[7, '07', undefined],
		[1, '01', undefined],
		[3, '3', undefined],
		[407, '407', undefined],
		[74, '74', 'trên'],
		[56, '56', undefined],
		[200, '200', undefined],
		[31, '31', undefined],
		[20, '20', undefined],
		[10, '10', undefined],
		[1.6, '1,6', 'trên'],
		[35, '35', 'trên'],
		[1797, '1.797', undefined],
		[15000, '15.000', 'hơn'],
		[6, '06', undefined]
	];

	it.each(cases)(
		'%s (%s, %s): at least three distinct, near, well-written wrong values',
		(value, written, qualifier) => {
			const near = nearbyNumbers(value, written, directionFor(qualifier));
			expect(near.length).toBeGreaterThanOrEqual(3);
			expect(new Set(near).size).toBe(near.length);
			expect(near).not.toContain(written);
			for (const text of near.slice(0, 6)) {
				const n = parseWrittenNumber(text);
				expect(n, text).not.toBeNull();
				expect(n).not.toBe(value);
				if (value <= 10) expect(Math.abs(n! - value)).toBeLessThanOrEqual(4);
				else {
					expect(n! / value).toBeGreaterThanOrEqual(0.5);
					expect(n! / value).toBeLessThanOrEqual(2);
				}
				if (qualifier === 'trên' || qualifier === 'hơn') expect(n! / value).toBeGreaterThanOrEqual(1.1);
				// Leading zeros and separators as the article writes them.
				if (/^0\d$/.test(written)) expect(text).toMatch(/^\d\d$/);
				if (n! >= 1000) expect(text).toMatch(/^\d{1,3}(\.\d{3})+$/);
			}
		}
	);

	it('offers the examples a learner would confuse: 8 -> 07/09, 1.797 -> 1.779 and 1.897', () => {
		expect(nearbyNumbers(8, '08', 'both').slice(0, 4).sort()).toEqual(['06', '07', '09', '10']);
		expect(nearbyNumbers(1797, '1.797', 'both')).toEqual(expect.arrayContaining(['1.779', '1.897', '1.697']));
	});

	it('never goes below the truth for "gần" (nearly) figures', () => {
		for (const t of nearbyNumbers(50, '50', directionFor('gần')))
			expect(parseWrittenNumber(t)!).toBeLessThan(50);
	});
});
