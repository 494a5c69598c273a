/**
 * UI strings live in small per-area modules (common.ts, home.ts, ...), each written with `bilingual`,
 * so the compiler refuses an English table that lacks a key the Vietnamese one has.
 */
import type { Lang } from '../domain/settings';

export { LANGS, type Lang } from '../domain/settings';

/** BCP 47 tags for `Intl` formatting and `lang` attributes. */
export const LOCALE_TAG: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export type Bilingual<T> = Record<Lang, T>;

/** Pairs a Vietnamese string table with its English twin of exactly the same shape. */
export function bilingual<T>(vi: T, en: NoInfer<T>): Bilingual<T> {
	return { vi, en };
}

/**
 * Intl formatters made once per language and options. Making one costs far more than formatting with it:
 * the stats screen formats a few hundred dates and figures, and making a formatter for each was a 300 ms
 * task on a slow phone.
 */
export function formatterCache<O extends object, F>(
	make: (tag: string, options: O) => F
): (lang: Lang, options: O) => F {
	const made = new Map<string, F>();
	return (lang, options) => {
		const key = lang + JSON.stringify(options);
		let f = made.get(key);
		if (!f) made.set(key, (f = make(LOCALE_TAG[lang], options)));
		return f;
	};
}

const numberFormat = formatterCache(
	(tag, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options)
);

/** Formats a number the way the chosen language writes it (1.797 in Vietnamese, 1,797 in English). */
export function formatNumber(lang: Lang, n: number, options: Intl.NumberFormatOptions = {}): string {
	return plainNumber(n, options) ?? numberFormat(lang, options).format(n);
}

/**
 * The text Intl gives, written directly for what home shows: whole numbers under 1,000 and whole percentages,
 * which both languages write the same way ("20", "33%": no grouping, no space). The first Intl.NumberFormat of a
 * page loads the locale's data, a task of about 55 ms on a slow phone (CPU 4x) in the middle of home's first
 * render; everything else still goes through Intl. Null when Intl must decide.
 */
function plainNumber(n: number, options: Intl.NumberFormatOptions): string | null {
	const keys = Object.keys(options);
	const percent = keys.length === 1 && options.style === 'percent';
	if (keys.length > 0 && !percent) return null;
	const v = percent ? n * 100 : n;
	const whole = Math.round(v);
	if (Math.abs(v - whole) > 1e-9 || Math.abs(whole) >= 1000) return null;
	// Object.is: Intl writes -0 as "-0".
	const text = Object.is(whole, -0) ? '-0' : String(whole);
	return percent ? `${text}%` : text;
}
