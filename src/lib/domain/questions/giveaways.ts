/**
 * What a cloze must not show beside its blank, and how short its sentence may be cut. A blank is given away
 * when the rest of the shown text computes it (`____ cặp kết nghĩa (07 cặp Bản - Bản và 01 cặp Xã - Trấn)`),
 * spells it out (the expansion of the acronym it blanks, another name of the same body), or forces it (a
 * concessive "dù chưa có ..., nhưng ... vẫn ____" admits one answer). A cloze is trimmed to the clauses that
 * hold its fact's quote, so it shows no more of the sentence than it needs.
 */
import { containsFolded, foldText, parseWrittenNumber } from '../facts/text';

/**
 * Numbers a text shows, in Vietnamese writing ("08", "1.797", "1,6"); years (2020), dates (23/3, 6/2020) and
 * names with a number ("Covid-19") left out.
 */
function shownNumbers(text: string): number[] {
	const out: number[] = [];
	for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
		const at = m.index ?? 0;
		const before = text.slice(Math.max(0, at - 1), at);
		const after = text[at + m[0].length] ?? '';
		if (before === '/' || after === '/' || /[\p{L}]-$/u.test(text.slice(Math.max(0, at - 2), at))) continue;
		if (/^(?:19|20)\d{2}$/.test(m[0])) continue;
		const n = parseWrittenNumber(m[0]);
		if (n !== null) out.push(n);
	}
	return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether `value` can be computed from the other numbers of the text: the sum of two or more of them (the
 * parts of a whole), or one of them less the sum of others (a part, given the whole and the other parts).
 */
export function computable(value: number, others: readonly number[]): boolean {
	const nums = others.slice(0, 10);
	const n = nums.length;
	for (let mask = 1; mask < 1 << n; mask++) {
		let sum = 0;
		let count = 0;
		for (let i = 0; i < n; i++)
			if (mask & (1 << i)) {
				sum += nums[i]!;
				count++;
			}
		if (count >= 2 && close(sum, value)) return true;
		for (let w = 0; w < n; w++) if (!(mask & (1 << w)) && close(nums[w]! - sum, value)) return true;
	}
	return false;
}

/** Concessive frames ("dù", "mặc dù", "tuy", "dẫu"): they force what follows them, and what "vẫn" says after. */
const CONCESSIVE_FRAME = /(?:^|[\s,(])(?:dù|tuy|dẫu)\s/u;
const POLARITY = ['chưa', 'không', 'đã', 'có', 'chưa có', 'đã có', 'không có', 'vẫn'].map(foldText);

/**
 * Why a cloze gives its answer away, or null. `cloze` is the shown text with "____"; `names` are groups of
 * names of one thing (aliases, abbreviations with their long forms).
 */
export function clozeGiveaway(
	cloze: string,
	answer: string,
	names: readonly (readonly string[])[],
	numeric = false
): string | null {
	const rest = cloze.replace('____', ' ');
	if (numeric) {
		const value = parseWrittenNumber(answer.trim());
		if (value !== null && computable(value, shownNumbers(rest)))
			return 'computable from the other figures shown';
	}
	for (const group of names) {
		if (!group.some((n) => foldText(n) === foldText(answer))) continue;
		const other = group.find((n) => foldText(n) !== foldText(answer) && containsFolded(rest, n));
		if (other !== undefined) return `shows "${other}", another name of the answer`;
	}
	// The article's text is NFC: its own words are matched as written, in lower case.
	if (CONCESSIVE_FRAME.test(rest.toLowerCase())) {
		const before = cloze.slice(0, cloze.indexOf('____')).toLowerCase();
		if (POLARITY.includes(foldText(answer)) || /(?:^|\s)vẫn\s*$/u.test(before))
			return 'a concessive frame forces the answer';
	}
	return null;
}

/** Fewest words a trimmed cloze shows besides its blank: fewer leave the blank open to more than one answer. */
const MIN_CLOZE_WORDS = 12;

/**
 * The clauses of `sentence` that hold `quote`: cut at commas, semicolons and colons outside brackets, quotes
 * and numbers ("1,6"), keeping the shortest run of whole clauses around the quote that shows at least
 * MIN_CLOZE_WORDS words besides `answer` (a clause before, then one after, is added while it is shorter). The
 * sentence itself when the quote is not in it.
 */
export function clausesAround(sentence: string, quote: string, answer = ''): string {
	const at = sentence.indexOf(quote);
	if (at === -1) return sentence;
	const cuts: number[] = [0];
	let depth = 0;
	let quoted = false;
	// Characters compared by code: this runs over every cloze sentence, a regular expression per character
	// cost more than the rest of the cloze.
	const isDigit = (k: number) => k >= 48 && k <= 57;
	for (let i = 0; i < sentence.length; i++) {
		const c = sentence.charCodeAt(i);
		if (c === 40 || c === 0x201c) depth++;
		else if (c === 41 || c === 0x201d) depth = Math.max(0, depth - 1);
		else if (c === 34) quoted = !quoted;
		else if (
			depth === 0 &&
			!quoted &&
			(c === 44 || c === 59 || c === 58) &&
			!(isDigit(sentence.charCodeAt(i - 1)) && isDigit(sentence.charCodeAt(i + 1)))
		)
			cuts.push(i + 1);
	}
	cuts.push(sentence.length);
	let first = 0;
	let last = cuts.length - 1;
	cuts.forEach((c, i) => {
		if (c <= at) first = i;
	});
	for (let i = cuts.length - 1; i >= 0; i--) if (cuts[i]! >= at + quote.length) last = i;
	const cut = () =>
		sentence
			.slice(cuts[first], cuts[last])
			.replace(/[,;:]\s*$/u, '')
			.trim();
	const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
	const need = MIN_CLOZE_WORDS + words(answer);
	for (let before = true; words(cut()) < need && (first > 0 || last < cuts.length - 1); before = !before) {
		if ((before && first > 0) || last === cuts.length - 1) first--;
		else last++;
	}
	return cut();
}
