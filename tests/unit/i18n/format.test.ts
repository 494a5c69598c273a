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
