/**
 * Reading numbers the way Vietnamese writes them, and the way a learner types them on a phone.
 *
 * Rules, Vietnamese convention first:
 * - leading zeros are just digits: "08" = 8;
 * - "." groups thousands and "," is the decimal mark: "1.797" = 1797, "15.000" = 15000, "1,6" = 1.6;
 * - several dots or several commas are thousands groups ("1.600.000", "1,600,000"); with both, the last
 *   one is the decimal mark ("1.600,5", "1,600.5");
 * - a lone "." followed by exactly three digits is thousands ("1.797"); any other lone "." is decimal
 *   ("1.6", typed on an English keyboard);
 * - a lone "," is decimal ("1,797" = 1.797), but when exactly three digits follow it may also be an
 *   English thousands group, so readNumber also offers 1797 as a second reading for the checker;
 * - spaces may group thousands ("15 000");
 * - scale words multiply: nghìn/ngàn (10^3), triệu (10^6), tỉ/tỷ (10^9), trăm (100), also typed
 *   without diacritics; "trên", "hơn", "khoảng", "gần" before the number are ignored;
 * - small numbers in words: "tám" = 8, "mười hai" = 12, "hai mươi lăm" = 25.
 */
import { foldCase, normalizeText, stripDiacritics } from './fold';

export interface NumberReading {
	/** Possible values, the Vietnamese reading first. Never empty. */
	values: number[];
	/** What follows the number and its scale words (the unit, usually), trimmed, without diacritics. */
	rest: string;
}

const QUALIFIER =
	/^(?:tren|hon|khoang|gan|chung|xap xi|toi|den|uoc tinh|uoc|tong cong|tong|co|la|duoc|it nhat|>|~|≈)\s*/;
const SCALE = /^(nghin|ngan|trieu|ti|ty|tram)(?![\p{L}\d])\s*/u;
const SCALES: Record<string, number> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, ti: 1e9, ty: 1e9, tram: 100 };
const DIGITS = /^\d+(?:[.,]\d+|\s\d{3}(?!\d))*/;
const UNITS: Record<string, number> = {
	khong: 0,
	mot: 1,
	hai: 2,
	ba: 3,
	bon: 4,
	tu: 4,
	nam: 5,
	lam: 5,
	sau: 6,
	bay: 7,
	tam: 8,
	chin: 9
};

/** Rounds away float noise from scaling (1,1 triệu is 1 100 000, not 1 100 000.0000000002). */
function clean(n: number): number {
	return Number(n.toPrecision(15));
}

function groupsOfThree(parts: string[]): boolean {
	return parts.slice(1).every((p) => p.length === 3);
}

/** Readings of a digit token such as "1.797", "1,6", "08". Empty when the grouping makes no sense. */
function readDigits(token: string): number[] {
	const t = token.replace(/\s/g, '');
	const dots = t.split('.').length - 1;
	const commas = t.split(',').length - 1;
	if (dots === 0 && commas === 0) return [Number(t)];
	if (dots > 0 && commas > 0) {
		const decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
		const thousands = decimal === '.' ? ',' : '.';
		const [whole, frac, ...more] = t.split(decimal);
		if (more.length > 0 || frac === undefined) return [];
		const parts = whole!.split(thousands);
		if (!groupsOfThree(parts)) return [];
		return [Number(`${parts.join('')}.${frac}`)];
	}
	const sep = dots > 0 ? '.' : ',';
	const parts = t.split(sep);
	if (parts.length > 2) return groupsOfThree(parts) ? [Number(parts.join(''))] : [];
	const [a, b] = parts as [string, string];
	if (sep === '.') return b.length === 3 ? [Number(a + b)] : [Number(`${a}.${b}`)];
	return b.length === 3 ? [Number(`${a}.${b}`), Number(a + b)] : [Number(`${a}.${b}`)];
}

/** Small numbers in words, at the start of `s` (stripped of diacritics): "tam", "muoi hai", "hai muoi lam". */
function readWords(s: string): { value: number; rest: string } | null {
	const words = s.split(' ');
	const [w0, w1, w2] = words;
	if (w0 === undefined) return null;
	if (w0 === 'muoi') {
		const u = w1 === undefined ? undefined : UNITS[w1];
		if (u !== undefined && u > 0 && w1 !== 'tu') return { value: 10 + u, rest: words.slice(2).join(' ') };
		return { value: 10, rest: words.slice(1).join(' ') };
	}
	const u0 = UNITS[w0];
	if (u0 === undefined || w0 === 'lam') return null;
	if (w1 === 'muoi' && u0 >= 2) {
		const u2 = w2 === undefined ? undefined : w2 === 'mot' ? 1 : UNITS[w2];
		if (u2 !== undefined && u2 > 0) return { value: u0 * 10 + u2, rest: words.slice(3).join(' ') };
		return { value: u0 * 10, rest: words.slice(2).join(' ') };
	}
	return { value: u0, rest: words.slice(1).join(' ') };
}

/**
 * Every plausible value of a typed or printed number, with what follows it. Null when the text does
 * not start with a number (after qualifiers such as "trên"), or when it is a date or range ("23/3").
 */
export function readNumber(text: string): NumberReading | null {
	let s = stripDiacritics(foldCase(normalizeText(text)));
	for (let prev = ''; prev !== s;) {
		prev = s;
		s = s.replace(QUALIFIER, '');
	}
	let values: number[];
	const digits = DIGITS.exec(s);
	if (digits) {
		values = readDigits(digits[0]);
		s = s.slice(digits[0].length).trim();
	} else {
		const w = readWords(s);
		if (!w) return null;
		values = [w.value];
		s = w.rest.trim();
	}
	if (values.length === 0 || values.some((v) => !Number.isFinite(v))) return null;
	if (/^(?:[/:\-–]\s*)?\d/.test(s)) return null;
	for (let m = SCALE.exec(s); m; m = SCALE.exec(s)) {
		const k = SCALES[m[1]!]!;
		values = values.map((v) => clean(v * k));
		s = s.slice(m[0].length);
	}
	return { values: [...new Set(values)], rest: s.trim() };
}

/**
 * The number a Vietnamese text states, by the rules above: "08" = 8, "1.797" = 1797, "1,6 triệu" =
 * 1600000, "trên 74 tỉ đồng" = 74e9, "15 nghìn" = 15000, "tám" = 8. Null when it cannot read one.
 */
export function parseVietnameseNumber(text: string): number | null {
	return readNumber(text)?.values[0] ?? null;
}
