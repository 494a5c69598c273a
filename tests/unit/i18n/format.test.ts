import { describe, expect, it } from 'vitest';
import { formatNumber, formatterCache } from '../../../src/lib/i18n';
import { formatDay, formatShare } from '../../../src/lib/i18n/stats';

describe('formatters are made once per language and options', () => {
	it('reuses one formatter for the same language and options, and never mixes different ones', () => {
		let made = 0;
		const cache = formatterCache((tag, options: { unit: string }) => ({
			tag,
			unit: options.unit,
			n: ++made
		}));
		const a = cache('vi', { unit: 'day' });
		expect(cache('vi', { unit: 'day' })).toBe(a);
		expect(cache('en', { unit: 'day' })).toEqual({ tag: 'en-GB', unit: 'day', n: 2 });
		expect(cache('vi', { unit: 'hour' })).toEqual({ tag: 'vi-VN', unit: 'hour', n: 3 });
		expect(made).toBe(3);
	});

	it('formats as Intl does, each language and option set with its own formatter', () => {
		expect(formatNumber('vi', 1797)).toBe('1.797');
		expect(formatNumber('en', 1797)).toBe('1,797');
		expect(formatNumber('en', 0.5, { style: 'percent' })).toBe('50%');
		expect(formatNumber('en', 1797)).toBe('1,797');
		expect(formatShare('en', 0.754)).toBe('75%');
		expect(formatDay('en', '2026-03-23', { day: 'numeric', month: 'short' })).toBe('23 Mar');
		expect(formatDay('en', '2026-03-23', { weekday: 'long' })).toBe('Monday');
	});
});

describe('formatNumber without Intl for small whole numbers', () => {
	// The direct path (home's first render) must write exactly what Intl writes, in both languages.
	it('writes what Intl writes, for whole numbers, percentages and everything around them', () => {
		const values = [
			...Array.from({ length: 2101 }, (_, i) => i - 1050),
			-0,
			0.5,
			1.25,
			999.9995,
			12_345,
			-1e-10
		];
		const shares = [...Array.from({ length: 241 }, (_, i) => (i - 20) / 100), 0.335, 0.07, 1 / 3, 10.5];
		for (const lang of ['vi', 'en'] as const) {
			const tag = lang === 'vi' ? 'vi-VN' : 'en-GB';
			for (const n of values)
				expect(formatNumber(lang, n), `${lang} ${n}`).toBe(new Intl.NumberFormat(tag).format(n));
			for (const n of shares)
				expect(formatNumber(lang, n, { style: 'percent' }), `${lang} ${n}`).toBe(
					new Intl.NumberFormat(tag, { style: 'percent' }).format(n)
				);
			expect(formatNumber(lang, 0.5, { style: 'percent', maximumFractionDigits: 1 })).toBe(
				new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(0.5)
			);
		}
	});
});
