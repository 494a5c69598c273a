/**
 * Figures with what they count: "08 cặp kết nghĩa", "trên 74 tỉ đồng", "1,6 triệu USD", "45%", with their
 * qualifier ("trên", "hơn", "gần", "khoảng", "ít nhất", "dưới") and the parts of a whole ("08 cặp (07 cặp
 * Bản - Bản và 01 cặp Xã - Trấn)", "10 dự án, trong đó 08 ... và 02 ..."). Numbers that are dates, years,
 * ordinals or document numbers are left to dates.ts or dropped.
 */
import { parseWrittenNumber } from '../facts/text';
import type { Qualifier } from '../types';
import {
	CURRENCIES,
	MONEY_NOUNS,
	NOT_UNITS,
	PART_MARKERS,
	QUALIFIERS,
	SCALES,
	UNIT_COMPOUNDS,
	UNIT_STOPS
} from './data/figures';
import { buildTrie, isWord, longestMatch, phraseKey, wordKey, type Token } from './tokens';

export interface FigureFound {
	kind: 'count' | 'amount';
	value: number;
	written: string;
	/** count: the unit phrase; amount: "" (scale and currency say it). */
	unit: string;
	scale: string;
	currency?: 'đồng' | 'USD';
	qualifier?: Qualifier;
	subject: string;
	/** Index (within the sentence's figures) of the whole this figure is a part of. */
	partOf?: number;
	start: number;
	end: number;
	/** Where the figure itself sits (number to unit), for matching and dedupe. */
	at: number;
}

const QUAL = buildTrie(QUALIFIERS);
const CURR = buildTrie(Object.keys(CURRENCIES));
const MONEY = buildTrie(MONEY_NOUNS);
const PARTS = buildTrie(PART_MARKERS);
const STOP = new Set(UNIT_STOPS.map(wordKey));
const COMPOUND = buildTrie(UNIT_COMPOUNDS);
const NOT_UNIT = new Set(NOT_UNITS.map(wordKey));
const SCALE_KEYS = new Map(Object.keys(SCALES).map((s) => [wordKey(s), s]));
const NOT_COUNTED_AFTER = new Set(
	[
		'thứ',
		'số',
		'khóa',
		'khoá',
		'điều',
		'khoản',
		'lần',
		'kỳ',
		'chương',
		'mục',
		'phiên',
		'nghị',
		'định',
		'quyết',
		'thị',
		'luận',
		'luật',
		'tập',
		'trang',
		'phút',
		'lúc',
		'covid',
		'top'
	].map(wordKey)
);
const DATE_WORDS = new Set(
	[
		'năm',
		'tháng',
		'ngày',
		'sáng',
		'chiều',
		'tối',
		'trưa',
		'đêm',
		'giai',
		'đoạn',
		'nhiệm',
		'kỳ',
		'thời',
		'quý',
		'tuần',
		'hè',
		'đông'
	].map(wordKey)
);

function isYearLike(t: Token): boolean {
	return /^(19|20)\d\d$/.test(t.text);
}

/** True when the number at i is part of a date, a year, an ordinal or a document number. */
function notAFigure(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i]!;
	const prev = tokens[i - 1];
	const next = tokens[i + 1];
	if (next && (next.text === '/' || next.text === ':' || next.text === 'h') && tokens[i + 2]?.kind === 'num')
		return true;
	if (prev && (prev.text === '/' || prev.text === ':')) return true;
	if (
		next?.text === '-' &&
		tokens[i + 2]?.kind === 'num' &&
		(isYearLike(t) || DATE_WORDS.has(prev?.key ?? ''))
	)
		return true;
	if (prev?.text === '-' && tokens[i - 2]?.kind === 'num') return true;
	if (prev && prev.kind === 'word' && (DATE_WORDS.has(prev.key) || NOT_COUNTED_AFTER.has(prev.key)))
		return true;
	if (prev?.text === '-' && tokens[i - 2]?.kind === 'word') return true;
	if (isYearLike(t) && !(next?.kind === 'word' && (SCALE_KEYS.has(next.key) || next.text === '%'))) {
		// A bare 2019 followed by a noun is a count only when the noun is not a time word.
		if (!next || next.kind !== 'word' || DATE_WORDS.has(next.key)) return true;
	}
	return false;
}

/** The unit phrase after a number: up to four words, the first any word, the others lower case or acronyms. */
function unitAt(tokens: readonly Token[], i: number): number {
	const first = tokens[i];
	if (!first || first.kind !== 'word' || STOP.has(first.key) || NOT_UNIT.has(first.key)) return 0;
	let j = i + 1;
	while (j < tokens.length && j - i < 6) {
		const t = tokens[j]!;
		if (t.kind !== 'word') break;
		// "9 dự án đầu tư nước ngoài", "12 trường ngoài công lập": a stop word inside a compound stays.
		if (
			STOP.has(t.key) &&
			longestMatch(COMPOUND, tokens, j - 1) < 2 &&
			longestMatch(COMPOUND, tokens, j) === 0
		)
			break;
		const lower = t.text === t.text.toLowerCase();
		const acronym = t.text.length >= 2 && t.text === t.text.toUpperCase();
		// "15.000 Việt kiều": the second word may follow a capitalised first one.
		if (!lower && !acronym) break;
		if (longestMatch(PARTS, tokens, j) > 0) break;
		j++;
	}
	return j - i;
}

function words(tokens: readonly Token[], from: number, to: number, text: string): string {
	return from < to ? text.slice(tokens[from]!.start, tokens[to - 1]!.end) : '';
}

/** Start of the clause holding token i: after the last ",", ";", ":" or "(" before it. */
function clauseStart(tokens: readonly Token[], i: number): number {
	let k = i;
	while (k > 0 && ![',', ';', ':', '(', '.'].includes(tokens[k - 1]!.text)) k--;
	return k;
}

function clauseEnd(tokens: readonly Token[], i: number): number {
	let k = i;
	while (k < tokens.length && ![',', ';', ':', ')', '(', '.', '!', '?', '…'].includes(tokens[k]!.text)) k++;
	return k;
}

/** "Liên hiệp Quảng Ninh hiện có 06 hội hữu nghị": the owner before "có", when it is a capitalised name. */
function ownerBefore(tokens: readonly Token[], from: number, i: number, text: string): string | undefined {
	let co = -1;
	for (let k = i - 1; k >= from; k--) if (isWord(tokens[k], 'có')) co = k;
	if (co <= from) return undefined;
	let end = co;
	while (end > from && isWord(tokens[end - 1], 'hiện', 'nay', 'đã', 'vẫn', 'cũng', 'đang')) end--;
	let start = end;
	while (
		start > from &&
		tokens[start - 1]!.kind === 'word' &&
		(/^\p{Lu}/u.test(tokens[start - 1]!.text) || isWord(tokens[start - 1], 'tỉnh', 'thành', 'phố', 'huyện'))
	)
		start--;
	// The whole clause before "có" when it is short and names someone: "Liên hiệp Quảng Ninh", "tỉnh Quảng Ninh".
	if (
		end - from <= 6 &&
		end > from &&
		(/^\p{Lu}/u.test(tokens[from]!.text) || isWord(tokens[from], 'tỉnh')) &&
		tokens.slice(from, end).every((t) => t.kind === 'word')
	)
		return words(tokens, from, end, text);
	if (start === end || (!/^\p{Lu}/u.test(tokens[start]?.text ?? '') && !isWord(tokens[start], 'tỉnh')))
		return undefined;
	return words(tokens, start, end, text);
}

/** A year named in the clause ("năm 2019, ... 31 tổ chức"): part of what the figure counts. */
function yearOf(tokens: readonly Token[], from: number, to: number, text: string): string | undefined {
	for (let k = Math.max(0, from - 4); k < to; k++) {
		if (isWord(tokens[k], 'năm') && tokens[k + 1] && isYearLike(tokens[k + 1]!))
			return words(tokens, k, k + 2, text);
	}
	return undefined;
}

/** Every figure of one sentence. */
export function findFigures(text: string, tokens: readonly Token[]): FigureFound[] {
	const out: FigureFound[] = [];
	let lastAmountSubject: string | undefined;
	let lastAmount: FigureFound | undefined;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (t.kind !== 'num' || notAFigure(tokens, i)) continue;
		const value = parseWrittenNumber(t.text);
		if (value === null || value <= 0) continue;
		// Qualifier just before: "trên 74", "ít nhất 3".
		let q: Qualifier | undefined;
		let qStart = i;
		for (const len of [2, 1]) {
			if (i - len < 0) continue;
			const n = longestMatch(QUAL, tokens, i - len);
			if (n === len) {
				q = QUALIFIERS.find(
					(x) =>
						phraseKey(x) ===
						tokens
							.slice(i - len, i)
							.map((x) => x.key)
							.join(' ')
				);
				qStart = i - len;
				break;
			}
		}
		let j = i + 1;
		let scale = '';
		const sk = tokens[j]?.kind === 'word' ? SCALE_KEYS.get(tokens[j]!.key) : undefined;
		if (sk !== undefined) {
			scale = tokens[j]!.text;
			j++;
		}
		const cur = longestMatch(CURR, tokens, j);
		const from = clauseStart(tokens, qStart);
		const to = clauseEnd(tokens, i);
		if (cur > 0) {
			const name = words(tokens, j, j + cur, text);
			const currency =
				CURRENCIES[name] ??
				CURRENCIES[Object.keys(CURRENCIES).find((c) => phraseKey(c) === phraseKey(name)) ?? ''];
			const end = tokens[j + cur - 1]!.end;
			// The subject: the money noun before the figure ("tổng kinh phí đào tạo ... giai đoạn 2011 - 2020").
			let subject: string | undefined;
			const equivalent = isWord(tokens[qStart - 1], 'đương') && isWord(tokens[qStart - 2], 'tương');
			if (equivalent && lastAmountSubject) {
				subject = `${lastAmountSubject} (quy ra ${name})`;
				if (lastAmount && !lastAmount.subject.endsWith(')'))
					lastAmount.subject = `${lastAmount.subject} (${lastAmount.currency ?? lastAmount.unit})`;
			} else {
				// The money noun nearest the figure, widened to a longer one just before ("tổng" + "kinh phí").
				for (let k = qStart - 1; k >= from && subject === undefined; k--) {
					if (longestMatch(MONEY, tokens, k) === 0) continue;
					let m = k;
					while (m > from && longestMatch(MONEY, tokens, m - 1) > m - (m - 1)) m--;
					let e = qStart;
					while (e > m + 1 && isWord(tokens[e - 1], 'là', 'đạt', 'với', 'khoảng', 'lên', 'tới', 'hơn', 'có'))
						e--;
					subject = words(tokens, m, e, text);
					// "vật tư y tế ... với tổng trị giá 200 triệu đồng": the value of what comes before "với".
					if (e - m <= 3 && isWord(tokens[m - 1], 'với') && m - 1 > from)
						subject = `${subject} của ${words(tokens, Math.max(from, m - 9), m - 1, text)}`;
				}
				// Its purpose after it: "56 tỉ đồng để hỗ trợ nước bạn xây dựng ...".
				const after = j + cur;
				if (isWord(tokens[after], 'để', 'nhằm', 'cho')) {
					const e = Math.min(clauseEnd(tokens, after), after + 10);
					const purpose = words(tokens, after, e, text);
					subject = subject ? `${subject} ${purpose}` : `số tiền ${purpose}`;
				}
			}
			subject ??= `số tiền ${words(tokens, Math.max(from, qStart - 8), qStart, text)}`.trim();
			const base = {
				value,
				written: t.text,
				scale,
				qualifier: q,
				subject,
				start: tokens[from]!.start,
				end,
				at: t.start
			};
			const f: FigureFound =
				currency !== null && currency !== undefined
					? { kind: 'amount', unit: '', currency, ...base }
					: { kind: 'count', unit: [scale, name].filter(Boolean).join(' '), ...base, scale: '' };
			if (f.kind === 'count') f.written = t.text;
			lastAmountSubject = subject.replace(/ \(quy ra .*\)$/, '');
			lastAmount = f;
			out.push(f);
			i = j + cur - 1;
			continue;
		}
		if (tokens[j]?.text === '%') {
			const subject = `tỉ lệ ${words(tokens, Math.max(from, qStart - 8), qStart, text)}`.trim();
			out.push({
				kind: 'count',
				value,
				written: t.text,
				unit: '%',
				scale: '',
				qualifier: q,
				subject,
				start: tokens[from]!.start,
				end: tokens[j]!.end,
				at: t.start
			});
			continue;
		}
		const u = unitAt(tokens, j);
		if (u === 0) continue;
		const unitText = words(tokens, j, j + u, text);
		const unit = scale ? `${scale} ${unitText}` : unitText;
		let subject = unit;
		// "3 tỉnh Bắc Lào": a place after the unit belongs to what is counted.
		let c = j + u;
		while (
			c < tokens.length &&
			c < j + u + 3 &&
			tokens[c]!.kind === 'word' &&
			/^\p{Lu}/u.test(tokens[c]!.text)
		)
			c++;
		if (c > j + u) subject = `${unit} ${words(tokens, j + u, c, text)}`;
		const owner = ownerBefore(tokens, from, qStart, text);
		if (owner) subject = `${subject} của ${owner}`;
		const year = yearOf(tokens, from, to, text);
		if (year && !subject.includes(year)) subject = `${subject} ${year}`;
		const f: FigureFound = {
			kind: 'count',
			value: scale ? value : value,
			written: t.text,
			unit,
			scale: '',
			qualifier: q,
			subject,
			start: tokens[from]!.start,
			end: tokens[Math.max(j + u, to) - 1]!.end,
			at: t.start
		};
		if (scale) f.unit = unit;
		out.push(f);
	}
	linkParts(text, tokens, out);
	return out;
}

/**
 * Marks the parts of a whole. At each "(" or "trong đó"/"gồm": the figures that follow (inside the brackets)
 * are parts when there are at least two, they share a unit word, and a figure before the marker with that unit
 * is at least their sum ("10 chương trình dự án ..., trong đó 08 dự án ... và 02 dự án ...").
 */
function linkParts(text: string, tokens: readonly Token[], figures: FigureFound[]): void {
	const index = new Map(tokens.map((t, k) => [t.start, k]));
	const at = (f: FigureFound) => index.get(f.at)!;
	const unitWords = (f: FigureFound) => new Set(f.unit.split(' ').map(wordKey));
	const shares = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));
	for (let k = 0; k < tokens.length; k++) {
		const bracket = tokens[k]!.text === '(';
		const pm = bracket ? 1 : longestMatch(PARTS, tokens, k);
		if (pm === 0) continue;
		const marker = k + pm;
		const close = bracket ? tokens.findIndex((t, x) => x > k && t.text === ')') : tokens.length;
		const parts = figures.filter(
			(f) => f.kind === 'count' && at(f) >= marker && (close === -1 || at(f) < close)
		);
		const first = parts[0];
		if (!first || parts.length < 2) continue;
		const units = unitWords(first);
		const same = parts.filter((f) => shares(unitWords(f), units));
		if (same.length < 2) continue;
		const sum = same.reduce((n, f) => n + f.value, 0);
		const wholeIndex = figures.findLastIndex(
			(f) =>
				f.kind === 'count' &&
				at(f) < k &&
				f.partOf === undefined &&
				shares(unitWords(f), units) &&
				f.value >= sum
		);
		if (wholeIndex === -1) continue;
		same.forEach((f, n) => {
			f.partOf = wholeIndex;
			const fi = at(f);
			// The part's own words: "cặp Bản - Bản", "dự án do UBND tỉnh phê duyệt".
			let e = fi + 1;
			while (
				e < tokens.length &&
				!isWord(tokens[e], 'và') &&
				![',', ';', ')', '.', '…'].includes(tokens[e]!.text)
			)
				e++;
			f.subject = text.slice(tokens[fi + 1]!.start, tokens[e - 1]!.end);
			if (bracket) {
				f.start = tokens[k]!.start;
				f.end = tokens[close === -1 ? tokens.length - 1 : close]!.end;
			} else {
				f.start = tokens[n === 0 ? k : fi]!.start;
				f.end = tokens[e - 1]!.end;
			}
		});
		k = at(same.at(-1)!);
	}
}
