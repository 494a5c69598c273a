/**
 * Text helpers for comparing facts with the article: Vietnamese folding (case, Unicode form, tone-mark
 * placement, tỉ/tỷ-style spelling variants) with a map back to the original offsets, and reading numbers as
 * the article prints them ("08", "1.797", "1,6").
 *
 * The answer checker (src/lib/domain/answers) grades learners' input; this module only decides whether a
 * fact's value is stated in its quote, so it folds conservatively: diacritics other than placement are kept.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Same-word spelling variants, keyed by the folded syllable (tone mark moved to the end, NFD). Only the
 * pairs that are truly one word: "Mỹ" and "mì" must not collide, so there is no general i/y rule.
 */
const VARIANTS: Record<string, string> = {
	'ti\u0309': 'ty\u0309', // tỉ = tỷ
	'ki\u0303': 'ky\u0303', // kĩ = kỹ
	'li\u0301': 'ly\u0301', // lí = lý
	'mi\u0303': 'my\u0303' // mĩ = mỹ
};

// Folding is pure and the same words and texts come back all the time (every quote is searched in the
// article many times), so results are memoised; the caches are cleared when they grow past their bound.
const wordCache = new Map<string, string>();
const indexCache = new Map<string, FoldedText>();
const WORD_CACHE_MAX = 20_000;
const INDEX_CACHE_MAX = 2_000;

function foldWord(word: string): string {
	const cached = wordCache.get(word);
	if (cached !== undefined) return cached;
	if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
	const folded = foldWordUncached(word);
	wordCache.set(word, folded);
	return folded;
}

function foldWordUncached(word: string): string {
	const lower = word.normalize('NFC').toLocaleLowerCase('vi').normalize('NFD');
	const tones = lower.match(TONE_MARKS);
	// Old-style "uỷ"/"hoà" and new-style "ủy"/"hòa" differ only in where the tone sits: put it last.
	const moved = tones ? lower.replace(TONE_MARKS, '') + tones.join('') : lower;
	return VARIANTS[moved] ?? moved;
}

function foldSeparator(text: string): string {
	if (/^\s+$/u.test(text)) return ' ';
	return text
		.replace(/[“”„«»"]/g, '"')
		.replace(/[‘’‚']/g, "'")
		.replace(/[‐‑‒–—―−]/g, '-')
		.replace(/…/g, '...');
}

/** A folded text with, for each folded character, the original [start, end) of the piece it came from. */
interface FoldedText {
	text: string;
	starts: number[];
	ends: number[];
}

/**
 * Folds a text and keeps the offsets needed to map a match back onto the original. The result is shared
 * (memoised): treat it as read-only.
 */
function foldIndex(text: string): FoldedText {
	const cached = indexCache.get(text);
	if (cached !== undefined) return cached;
	if (indexCache.size >= INDEX_CACHE_MAX) indexCache.clear();
	const folded = foldIndexUncached(text);
	indexCache.set(text, folded);
	return folded;
}

function foldIndexUncached(text: string): FoldedText {
	const pieces: { folded: string; start: number; end: number }[] = [];
	let last = 0;
	const pushSeparators = (from: number, to: number) => {
		// Whitespace runs fold to one space; other characters one by one.
		const re = /\s+|[^\s]/gu;
		const chunk = text.slice(from, to);
		for (const m of chunk.matchAll(re)) {
			const start = from + (m.index ?? 0);
			pieces.push({ folded: foldSeparator(m[0]), start, end: start + m[0].length });
		}
	};
	for (const m of text.matchAll(WORD)) {
		const start = m.index ?? 0;
		pushSeparators(last, start);
		pieces.push({ folded: foldWord(m[0]), start, end: start + m[0].length });
		last = start + m[0].length;
	}
	pushSeparators(last, text.length);
	let out = '';
	const starts: number[] = [];
	const ends: number[] = [];
	for (const p of pieces) {
		out += p.folded;
		for (let i = 0; i < p.folded.length; i++) {
			starts.push(p.start);
			ends.push(p.end);
		}
	}
	// Leading/trailing spaces carry no meaning.
	let from = 0;
	let to = out.length;
	while (from < to && out[from] === ' ') from++;
	while (to > from && out[to - 1] === ' ') to--;
	return { text: out.slice(from, to), starts: starts.slice(from, to), ends: ends.slice(from, to) };
}

/** Folds text for comparison: NFC/NFD, lower case, tone placement, tỉ/tỷ variants, quotes, dashes, spaces. */
export function foldText(text: string): string {
	return foldIndex(text).text;
}

function isWordChar(ch: string | undefined): boolean {
	return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/**
 * Finds every whole-word occurrence of `needle` in `haystack`, compared folded. Returns the spans in the
 * ORIGINAL haystack, so a caller can cut or blank the text exactly as written. Memoised: do not mutate.
 */
export function findFolded(haystack: string, needle: string): readonly Span[] {
	let byNeedle = findCache.get(haystack);
	if (!byNeedle) {
		if (findCache.size >= INDEX_CACHE_MAX) findCache.clear();
		byNeedle = new Map();
		findCache.set(haystack, byNeedle);
	}
	let found = byNeedle.get(needle);
	if (!found) {
		found = findFoldedUncached(haystack, needle);
		byNeedle.set(needle, found);
	}
	return found;
}

/** A [start, end) range of a text. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

const findCache = new Map<string, Map<string, readonly Span[]>>();

function findFoldedUncached(haystack: string, needle: string): { start: number; end: number }[] {
	const h = foldIndex(haystack);
	const n = foldText(needle);
	if (n.length === 0) return [];
	const found: { start: number; end: number }[] = [];
	let at = h.text.indexOf(n);
	while (at !== -1) {
		const end = at + n.length;
		const wordStartOk = !isWordChar(n[0]) || !isWordChar(h.text[at - 1]);
		const wordEndOk = !isWordChar(n[n.length - 1]) || !isWordChar(h.text[end]);
		if (wordStartOk && wordEndOk) {
			found.push({ start: h.starts[at] as number, end: h.ends[end - 1] as number });
		}
		at = h.text.indexOf(n, at + 1);
	}
	return found;
}

/** True when `needle` occurs in `haystack` as whole words, compared folded. */
export function containsFolded(haystack: string, needle: string): boolean {
	return findFolded(haystack, needle).length > 0;
}

/** True when two texts are the same once folded. */
export function sameFolded(a: string, b: string): boolean {
	return foldText(a) === foldText(b);
}

/**
 * Reads a number as the article prints it: "08" = 8, "1.797" = 1797, "15.000" = 15000, "1,6" = 1.6.
 * Vietnamese convention only ("." groups thousands, "," marks decimals); returns null for anything else.
 */
export function parseWrittenNumber(written: string): number | null {
	const t = written.trim();
	if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^\d+(,\d+)?$/.test(t)) {
		return Number(t.replace(/\./g, '').replace(',', '.'));
	}
	return null;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds a number exactly as written ("08", "1.797") in a text, never as part of a longer number: "8" is not
 * found in "08" or "1.897", "1,6" is not found in "11,6".
 */
export function findNumber(text: string, written: string): { start: number; end: number }[] {
	const re = new RegExp(`(?<![\\d])(?<!\\d[.,])${escapeRegExp(written.trim())}(?![\\d])(?![.,]\\d)`, 'g');
	return [...text.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

const nfcCache = new Map<string, boolean>();

/** True when the text is in Unicode NFC, the form every stored text must be in. Memoised. */
export function isNfc(text: string): boolean {
	let nfc = nfcCache.get(text);
	if (nfc === undefined) {
		if (nfcCache.size >= WORD_CACHE_MAX) nfcCache.clear();
		nfc = text === text.normalize('NFC');
		nfcCache.set(text, nfc);
	}
	return nfc;
}

/** Upper-cases the first letter (prompts built from lower-case noun phrases). */
export function capitalize(text: string): string {
	return text.length === 0 ? text : text[0]!.toLocaleUpperCase('vi') + text.slice(1);
}
