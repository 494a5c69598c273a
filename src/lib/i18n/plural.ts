import { formatNumber, LOCALE_TAG, type Lang } from './index';

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * A count with its noun in the form the language's plural rules pick (Intl.PluralRules): `#` stands for the
 * number, written the language's way. Vietnamese has one form (`other`); English "1 wrong pair", "2 wrong pairs".
 *
 * @example plural('en', 1, { one: '# day', other: '# days' }) // '1 day'
 */
export function plural(
	lang: Lang,
	n: number,
	forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
): string {
	let r = rules.get(lang);
	if (!r) rules.set(lang, (r = new Intl.PluralRules(LOCALE_TAG[lang])));
	return (forms[r.select(n)] ?? forms.other).replace('#', formatNumber(lang, n));
}
