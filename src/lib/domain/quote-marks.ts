/**
 * Which part of a quote states a question's answer: the rule the feedback, the results and the article share.
 * A quote often holds the same figure twice ("10 chương trình dự án được triển khai bởi 10 tổ chức"): the
 * occurrence marked is the one whose neighbourhood matches the question's (the words around a cloze's gap, a
 * number's unit), so the learner sees the value that was asked, not every "10". Pure: text in, offsets out.
 */
import { foldCase, stripDiacritics, variantSpans } from './answers/fold';
import type { Question } from './types';

/** Offsets into the NFC text, `end` exclusive. */
export interface Range {
	start: number;
	end: number;
}

/** A piece of a quote: plain text, or the part that states the answer. */
export interface QuoteSegment {
	text: string;
	mark: boolean;
	/**
	 * Set on a piece that ends with a word the article misspells and the quote keeps (`source.sic`): the
	 * spelling meant, for a discreet "[nguyên văn]" after it.
	 */
	sic?: string;
}

/**
 * A text folded for finding a value in it, with where each folded code unit came from: `at[i]` is the offset
 * in the original of the character `text[i]` comes from, and `at[text.length]` the original's length, so a
 * hit [i, j) in the folded text is [at[i], at[j]) in the original even where folding changed the length.
 */
interface Folded {
	text: string;
	at: number[];
}

interface Piece {
	start: number;
	end: number;
	text: string;
}

/** `f` with the pieces (sorted, apart; offsets into `f.text`) replaced; each new unit comes from its piece. */
function replaced(f: Folded, pieces: Iterable<Piece>): Folded {
	let text = '';
	const at: number[] = [];
	let pos = 0;
	for (const p of pieces) {
		text += f.text.slice(pos, p.start) + p.text;
		for (let i = pos; i < p.start; i++) at.push(f.at[i]!);
		// Unit for unit where the length is kept (tỷ -> tỉ); else every new unit comes from the piece's start.
		for (let k = 0; k < p.text.length; k++)
			at.push(f.at[p.start + (p.text.length === p.end - p.start ? k : 0)]!);
		pos = p.end;
	}
	text += f.text.slice(pos);
	for (let i = pos; i < f.at.length; i++) at.push(f.at[i]!);
	return { text, at };
}

/** The code points of `f.text` that `map` changes, as pieces. */
function* changedChars(f: Folded, map: (ch: string) => string): Generator<Piece> {
	let i = 0;
	for (const ch of f.text) {
		const out = map(ch);
		if (out !== ch) yield { start: i, end: i + ch.length, text: out };
		i += ch.length;
	}
}

/**
 * Lower case, the same-word spelling variants spelled one way (answer folding's rule: tỉ/tỷ, hàng/hằng năm),
 * then every diacritic removed (so "Uỷ" meets "Ủy"), each step keeping offsets into `s`.
 */
function looseFold(s: string): Folded {
	let f: Folded = { text: s, at: Array.from({ length: s.length + 1 }, (_, i) => i) };
	f = replaced(f, changedChars(f, foldCase));
	f = replaced(
		f,
		variantSpans(f.text).map((v) => ({ ...v, text: v.spelled }))
	);
	return replaced(f, changedChars(f, stripDiacritics));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function wholeWordHits(within: string, needle: string): Range[] {
	const out: Range[] = [];
	if (!needle) return out;
	for (let i = within.indexOf(needle); i >= 0; i = within.indexOf(needle, i + needle.length)) {
		const before = within[i - 1];
		const after = within[i + needle.length];
		// "8" must not light up inside "2018".
		if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
		out.push({ start: i, end: i + needle.length });
	}
	return out;
}

/**
 * Whole-word occurrences of `needle` in `text` (both NFC): exact ones, else ignoring case, diacritics and
 * same-word spelling variants (the article writes "Uỷ" and "Ủy", "tỉ" where the bank writes "tỷ"), each
 * range the text's own characters.
 */
export function occurrences(text: string, needle: string): Range[] {
	const n = needle.normalize('NFC').trim();
	const exact = wholeWordHits(text, n);
	if (exact.length) return exact;
	const loose = looseFold(text);
	return wholeWordHits(loose.text, looseFold(n).text).map((r) => ({
		start: loose.at[r.start]!,
		end: loose.at[r.end]!
	}));
}

/** Sorted, merged copy of `ranges` (overlapping or touching ranges become one). */
function mergeRanges(ranges: readonly Range[]): Range[] {
	const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Range[] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else out.push({ ...r });
	}
	return out;
}

/** Cuts `text` into plain and marked segments. */
export function segmentsOf(text: string, ranges: readonly Range[]): QuoteSegment[] {
	const out: QuoteSegment[] = [];
	let pos = 0;
	for (const r of mergeRanges(ranges)) {
		if (r.start > pos) out.push({ text: text.slice(pos, r.start), mark: false });
		out.push({ text: text.slice(r.start, r.end), mark: true });
		pos = r.end;
	}
	if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
	return out;
}

/** What surrounds the asked value in the question's own wording, to tell apart two equal values of a quote. */
export interface ValueContext {
	before?: string;
	after?: string;
}

const squash = (s: string) => looseFold(s).text.replace(/\s+/g, ' ');

/** Characters `a` and `b` share from their start (after folding). */
function sharedHead(a: string, b: string): number {
	const x = squash(a).trimStart();
	const y = squash(b).trimStart();
	let n = 0;
	while (n < x.length && n < y.length && x[n] === y[n]) n++;
	return n;
}

const reverse = (s: string) => [...s].reverse().join('');

/**
 * The occurrences of `needle` in `text` that are the value asked: when there are several, those whose
 * neighbourhood agrees best with `context`; all of them when the context tells none apart.
 */
export function valueOccurrences(text: string, needle: string, context: ValueContext = {}): Range[] {
	const hits = occurrences(text, needle);
	if (hits.length < 2 || (!context.before && !context.after)) return hits;
	const score = (r: Range) =>
		(context.after ? sharedHead(text.slice(r.end), context.after) : 0) +
		(context.before ? sharedHead(reverse(text.slice(0, r.start)), reverse(context.before)) : 0);
	const scores = hits.map(score);
	const best = Math.max(...scores);
	return best > 0 ? hits.filter((_, i) => scores[i] === best) : hits;
}

/** The answer texts a question's quote should mark (none for true/false: its value comes from its siblings). */
export function answerTexts(q: Question): string[] {
	if (q.type === 'match') return (q.pairs ?? []).flat();
	if (typeof q.answer === 'boolean') return [];
	return Array.isArray(q.answer) ? q.answer : [q.answer];
}

function contextOf(q: Question): ValueContext {
	if (q.type === 'cloze' && q.cloze?.includes('____')) {
		const [before, after] = q.cloze.split('____');
		return { before, after };
	}
	if (q.type === 'numeric' && q.numeric) return { after: q.numeric.unit };
	return {};
}

/**
 * Every answer a "name one of ..." question accepts as stated in its quote: the main answer and each accepted
 * text found in the quote, without the shorter spellings that sit inside another ("Tuyên Giáo" inside "Ban
 * Tuyên Giáo"), without aliases the quote does not write ("Hoa Kỳ") and without what the prompt names. One
 * entry for an ordinary question.
 */
export function acceptedInQuote(q: Question): string[] {
	if (typeof q.answer !== 'string') return answerTexts(q);
	const quote = q.source.quote.normalize('NFC');
	const prompt = q.prompt.normalize('NFC');
	// What the prompt itself names is not an answer to show ("PACCOM" is asked from its full name).
	const found = [q.answer, ...(q.accept ?? [])]
		.map((text) => ({ text, at: occurrences(quote, text) }))
		.filter((c, i) => i === 0 || (c.at.length > 0 && occurrences(prompt, c.text).length === 0));
	const inside = (a: Range, b: Range) =>
		b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
	const kept = found.filter(
		(c, i) => i === 0 || !c.at.every((r) => found.some((o) => o !== c && o.at.some((p) => inside(r, p))))
	);
	// Two spellings of one value mark the same place: keep the first.
	const out: typeof kept = [];
	for (const c of kept)
		if (!out.some((o) => o.at.some((p) => c.at.some((r) => r.start === p.start && r.end === p.end))))
			out.push(c);
	return out.map((c) => c.text);
}

/**
 * Where one answer text sits in the quote. An answer is not always verbatim: a list is asked as "A, B và C"
 * where the article writes "A; B, C", a post with its body ("Phó Bí thư Thường trực Tỉnh uỷ Quảng Ninh")
 * where the article, having named the province, stops at "Tỉnh uỷ". Then each item, else the longest
 * opening run of words (two at least, half of them at least) the quote does write.
 */
export function valueRanges(quote: string, text: string, context: ValueContext = {}): Range[] {
	const whole = valueOccurrences(quote, text, context);
	if (whole.length) return whole;
	// A comma between digits is the decimal mark ("1,6 triệu USD"), not a list's.
	const items = text.split(/\s*(?:(?<!\d)[,;]|[,;](?!\d)|\s(?:và|hoặc)\s)\s*/u).filter(Boolean);
	if (items.length > 1) return items.flatMap((i) => valueRanges(quote, i, context));
	const words = text.trim().split(/\s+/u);
	for (let n = words.length - 1; n >= Math.max(2, words.length / 2); n--) {
		const hits = valueOccurrences(quote, words.slice(0, n).join(' '), context);
		if (hits.length) return hits;
	}
	return [];
}

function ownRanges(q: Question, quote: string): Range[] {
	const context = contextOf(q);
	const texts = q.type === 'typed' ? acceptedInQuote(q) : answerTexts(q);
	return texts.flatMap((t) => valueRanges(quote, t, context));
}

/** The questions that ask `factId` alone and state a value of their own (not true/false, not a card, not a round). */
function askedAlone(factId: string | undefined, bank: readonly Question[]): Question[] {
	return bank.filter(
		(o) =>
			o.factIds.length === 1 &&
			o.factIds[0] === factId &&
			o.type !== 'truefalse' &&
			o.type !== 'flashcard' &&
			o.type !== 'match'
	);
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const within = (a: Range, b: Range) => b.start <= a.start && a.end <= b.end;

/**
 * A match round's marks, pair by pair (`factIds` and `source.quotes` are aligned with `pairs`): each pair's
 * texts where the quote states them; where a text occurs more than once ("10 chương trình dự án được triển
 * khai bởi 10 tổ chức"), only the occurrence its own fact's questions mark; and those questions' marks that
 * touch the pair's texts or lie in the pair's own sentence, so the round marks what the quiz marks ("10
 * chương trình dự án") and nothing a sibling's words find elsewhere in a longer span.
 */
function pairRanges(q: Question, quote: string, bank: readonly Question[]): Range[] {
	const pairs = q.pairs ?? [];
	const aligned = q.factIds.length === pairs.length;
	return pairs.flatMap((pair, i) => {
		const asked = aligned ? askedAlone(q.factIds[i], bank) : [];
		const own = asked.flatMap((o) => ownRanges({ ...o, source: q.source }, quote));
		const texts = pair.flatMap((text) => {
			const hits = valueRanges(quote, text);
			const kept = hits.length > 1 ? hits.filter((h) => own.some((r) => overlaps(h, r))) : hits;
			return kept.length ? kept : hits;
		});
		const sentence = aligned ? occurrences(quote, q.source.quotes?.[i] ?? '') : [];
		return [
			...texts,
			...own.filter((r) => texts.some((t) => overlaps(r, t)) || sentence.some((s) => within(r, s)))
		];
	});
}

/**
 * Where `q`'s quote states its answer. A true/false question has no answer text of its own: the value is
 * where its siblings (questions of the same facts in `bank`) mark it, so a false statement's feedback shows
 * the true value; for a true statement, only the values the statement itself names.
 */
export function questionMarks(q: Question, bank: readonly Question[] = []): Range[] {
	const quote = q.source.quote.normalize('NFC');
	if (q.type === 'flashcard' && q.direction === 'reverse') return [];
	if (q.type === 'match') return mergeRanges(pairRanges(q, quote, bank));
	if (q.type !== 'truefalse') return mergeRanges(ownRanges(q, quote));
	const key = q.factIds.join('\u0000');
	// Flashcards say again what the choice and cloze of the same fact say, and a reverse card's answer is a
	// sentence, not a value.
	const siblings = bank.filter(
		(o) =>
			o.id !== q.id && o.type !== 'truefalse' && o.type !== 'flashcard' && o.factIds.join('\u0000') === key
	);
	const ranges = mergeRanges(
		// Each sibling's rule applied to this question's quote (a sibling may quote a longer span).
		siblings.flatMap((o) => ownRanges({ ...o, source: q.source }, quote))
	);
	if (q.answer !== true) return ranges;
	const said = squash(q.prompt);
	const named = ranges.filter((r) => said.includes(squash(quote.slice(r.start, r.end))));
	return named.length ? named : ranges;
}

/** The question's quote cut into segments, its answer marked (questionMarks). */
export function markedQuote(q: Question, bank: readonly Question[] = []): QuoteSegment[] {
	return withSic(segmentsOf(q.source.quote.normalize('NFC'), questionMarks(q, bank)), sicRanges(q));
}

/** Where the quote keeps a typo of the article (`source.sic`), each with the spelling meant. */
export function sicRanges(q: Question): (Range & { meant: string })[] {
	const quote = q.source.quote.normalize('NFC');
	const out: (Range & { meant: string })[] = [];
	for (const { written, meant } of q.source.sic ?? [])
		// Exact hits only: the typo is the article's very spelling, and "cai nghiện" must not be marked for it.
		for (const r of wholeWordHits(quote, written.normalize('NFC'))) out.push({ ...r, meant });
	return out.sort((a, b) => a.start - b.start);
}

/**
 * `segments` cut again where a kept typo ends, the piece ending there carrying the spelling meant: the answer
 * marks stay as they are, and "[nguyên văn]" follows the very word the article misspells.
 */
export function withSic(
	segments: readonly QuoteSegment[],
	sic: readonly (Range & { meant: string })[]
): QuoteSegment[] {
	if (sic.length === 0) return [...segments];
	const out: QuoteSegment[] = [];
	let pos = 0;
	for (const seg of segments) {
		const end = pos + seg.text.length;
		let from = pos;
		for (const r of sic) {
			if (r.end <= from || r.end > end) continue;
			out.push({ text: seg.text.slice(from - pos, r.end - pos), mark: seg.mark, sic: r.meant });
			from = r.end;
		}
		if (from < end) out.push({ text: seg.text.slice(from - pos), mark: seg.mark });
		pos = end;
	}
	return out;
}
