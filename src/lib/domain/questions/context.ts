/**
 * What every question builder needs: the live (undamaged) facts, the article, the pools, a seeded random
 * generator per question id, and small text helpers (sentences around a quote, blanks, spans covering
 * several quotes).
 */
import { createRng, type Rng } from '../random';
import { aliasGroups } from './aliases';
import { findFolded, findNumber, foldText } from '../facts/text';
import { hasTruncatedYear } from '../facts/validate';
import { plainPost } from './phrasing';
import type { DeckInfo, Fact, FactsFile } from '../types';

export interface Context {
	deck: DeckInfo;
	source: string;
	pools: Record<string, string[]>;
	/** Facts that may be asked (damaged ones removed), sorted by id so results never depend on file order. */
	facts: Fact[];
	/** Names of one thing, each group one thing (the deck's aliases, its abbreviations, common ones). */
	aliases: string[][];
	/** The deck's own alias groups (the article's names for one thing), as the facts file gives them. */
	deckAliases: string[][];
	/**
	 * A generator seeded by the deck id and the question id: each question's shuffles depend on nothing else,
	 * so adding, removing or reordering other facts never changes it.
	 */
	rng(questionId: string): Rng;
}

/** Builds the context; damaged facts are dropped here, so no builder can ever ask one. */
export function createContext(file: FactsFile, source: string, pools: Record<string, string[]>): Context {
	const facts = file.facts
		.filter((f) => f.damaged === undefined)
		.map(plainPost)
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return {
		deck: file.deck,
		source,
		pools,
		facts,
		aliases: aliasGroups(facts, file.aliases ?? []),
		deckAliases: (file.aliases ?? []).map((g) => [...g]),
		rng: (questionId) => createRng(`${file.deck.id}|${questionId}`)
	};
}

/**
 * Unique texts, none equal (folded) to any of `exclude`, in a stable order (sorted by folded text) and then
 * shuffled with `rng`, cut to `n`.
 */
export function pickDistinct(
	candidates: readonly string[],
	exclude: readonly string[],
	n: number,
	rng: Rng
): string[] {
	const taken = new Set(exclude.map(foldText));
	const unique: { key: string; text: string }[] = [];
	for (const c of candidates) {
		const key = foldText(c);
		if (key === '' || taken.has(key)) continue;
		taken.add(key);
		unique.push({ key, text: c });
	}
	unique.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return rng.shuffle(unique.map((u) => u.text)).slice(0, n);
}

/**
 * The article's sentence that holds `quote`, when it is short enough to read as one cloze; otherwise the
 * quote itself. Both are verbatim spans of the source.
 */
export function sentenceAround(source: string, quote: string, maxLength = 360): string {
	const at = source.indexOf(quote);
	if (at === -1) return quote;
	const sentence = sentenceSpan(source, at, quote.length);
	// The sentence around a good quote may hold the damaged "năm 201": then show the quote alone.
	if (!sentence.includes(quote) || sentence.length > maxLength || hasTruncatedYear(sentence)) return quote;
	return sentence;
}

const boundaryCache = new Map<string, { index: number; text: string }[]>();

/** Sentence ends of a text: ". " before a capital letter or a quotation mark, or a line break. Memoised. */
function boundaries(source: string): { index: number; text: string }[] {
	let found = boundaryCache.get(source);
	if (!found) {
		if (boundaryCache.size > 50) boundaryCache.clear();
		found = [...source.matchAll(/[.!?…:](?=\s+["“\p{Lu}])|\n/gu)].map((m) => ({
			index: m.index ?? 0,
			text: m[0]
		}));
		boundaryCache.set(source, found);
	}
	return found;
}

/** The whole sentences of `source` around [at, at + length), trimmed, without the article's " |" marks. */
function sentenceSpan(source: string, at: number, length: number): string {
	let start = 0;
	let end = source.length;
	for (const m of boundaries(source)) {
		if (m.index < at) start = m.index + m.text.length;
		else if (m.index >= at + length - (m.text === '\n' ? 0 : 1)) {
			end = m.text === '\n' ? m.index : m.index + 1;
			break;
		}
	}
	const text = source.slice(start, end);
	// The test first: the pattern is slow to fail on a long sentence, and few sentences end in " |".
	return (text.includes('|') ? text.replace(/\s+\|\s*$/, '') : text).trim();
}

/**
 * The text with its only occurrence of `answer` replaced by "____", and the answer as the text writes it.
 * Null when the answer is missing or appears more than once (a blank must point at one place).
 */
export function blankOut(
	text: string,
	answer: string,
	numeric = false
): { cloze: string; answer: string } | null {
	const spans = numeric ? findNumber(text, answer) : findFolded(text, answer);
	if (spans.length !== 1) return null;
	const { start, end } = spans[0]!;
	return { cloze: `${text.slice(0, start)}____${text.slice(end)}`, answer: text.slice(start, end) };
}

interface Occurrence {
	start: number;
	end: number;
	/** Which needle this is an occurrence of. */
	q: number;
}

/** The smallest window over the occurrences that holds every needle at least once. */
function smallestWindow(occurrences: Occurrence[], needles: number): { start: number; end: number } | null {
	occurrences.sort((a, b) => a.start - b.start);
	let best: { start: number; end: number } | null = null;
	const count = new Map<number, number>();
	let left = 0;
	for (let right = 0; right < occurrences.length; right++) {
		const r = occurrences[right]!;
		count.set(r.q, (count.get(r.q) ?? 0) + 1);
		while (count.size === needles) {
			const start = occurrences[left]!.start;
			let end = 0;
			for (let i = left; i <= right; i++) end = Math.max(end, occurrences[i]!.end);
			if (!best || end - start < best.end - best.start) best = { start, end };
			const l = occurrences[left]!;
			const c = (count.get(l.q) ?? 0) - 1;
			if (c === 0) count.delete(l.q);
			else count.set(l.q, c);
			left++;
		}
	}
	return best;
}

/**
 * The shortest verbatim span of the source that covers one occurrence of each quote (several facts asked in
 * one question: a match round). Null when a quote is missing or the span would show a truncated year.
 */
export function coveringSpan(source: string, quotes: readonly string[]): string | null {
	const unique = [...new Set(quotes)];
	const occurrences: Occurrence[] = [];
	for (let q = 0; q < unique.length; q++) {
		const quote = unique[q]!;
		let at = source.indexOf(quote);
		if (at === -1) return null;
		while (at !== -1) {
			occurrences.push({ start: at, end: at + quote.length, q });
			at = source.indexOf(quote, at + 1);
		}
	}
	const best = smallestWindow(occurrences, unique.length);
	const span = best ? source.slice(best.start, best.end) : null;
	return span !== null && !hasTruncatedYear(span) ? span : null;
}

/**
 * The proof shown for a question that rests on several quotes (a match round, whose pairs may be stated far
 * apart): the shortest clean verbatim span that holds every quote, when one fits in `maxLength`; otherwise the
 * clean span within `maxLength` that holds the most of them (shortest on ties). A clean span never shows the
 * truncated year. `covered` lists which quotes the span holds. Null when no quote is in the source.
 */
export function bestProof(
	source: string,
	quotes: readonly string[],
	maxLength: number
): { quote: string; covered: number[] } | null {
	const unique = [...new Set(quotes)];
	const occurrences: Occurrence[] = [];
	for (let q = 0; q < unique.length; q++) {
		const quote = unique[q]!;
		for (let at = source.indexOf(quote); at !== -1; at = source.indexOf(quote, at + 1))
			occurrences.push({ start: at, end: at + quote.length, q });
	}
	occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
	let best: { start: number; end: number; held: Set<number> } | null = null;
	for (let i = 0; i < occurrences.length; i++) {
		const start = occurrences[i]!.start;
		let end = 0;
		const held = new Set<number>();
		for (let j = i; j < occurrences.length; j++) {
			const o = occurrences[j]!;
			end = Math.max(end, o.end);
			if (end - start > maxLength) break;
			// A wider window only adds text: once it shows the truncated year, every wider one does too.
			if (hasTruncatedYear(source.slice(start, end))) break;
			held.add(o.q);
			const better =
				!best ||
				held.size > best.held.size ||
				(held.size === best.held.size && end - start < best.end - best.start);
			if (better) best = { start, end, held: new Set(held) };
		}
	}
	if (!best) return null;
	const held = best.held;
	const covered = quotes.flatMap((q, i) => (held.has(unique.indexOf(q)) ? [i] : []));
	return { quote: source.slice(best.start, best.end), covered };
}

/**
 * Widens a verbatim span to the whole sentences around it, when they stay within `maxLength`: "Uỷ viên Đảng
 * đoàn, Phó Chủ tịch VUFO ..." reads better with the "ông Nguyễn Văn Doanh" before it.
 */
export function widenToSentences(source: string, span: string, maxLength: number): string {
	const at = source.indexOf(span);
	if (at === -1) return span;
	const widened = sentenceSpan(source, at, span.length);
	return widened.includes(span) && widened.length <= maxLength && !hasTruncatedYear(widened) ? widened : span;
}

/**
 * The shortest verbatim span of the source in which every phrase appears (compared folded, as whole words):
 * the one place where the article names a person together with all of his posts. Null when one is missing
 * or when the span would show a truncated year.
 */
export function spanStating(source: string, phrases: readonly string[]): string | null {
	const unique = [...new Set(phrases)];
	const occurrences: Occurrence[] = [];
	for (let q = 0; q < unique.length; q++) {
		const found = findFolded(source, unique[q]!);
		if (found.length === 0) return null;
		for (const f of found) occurrences.push({ ...f, q });
	}
	const best = smallestWindow(occurrences, unique.length);
	const span = best ? source.slice(best.start, best.end) : null;
	return span !== null && !hasTruncatedYear(span) ? span : null;
}

/** A stable ascii slug of a Vietnamese text, for id variants ("Hủa Phăn" -> "hua-phan"). */
export function slug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Joins Vietnamese list items: "A, B và C"; "A; B; C" when an item holds a comma of its own. */
export function joinVi(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	if (items.some((i) => i.includes(','))) return items.join('; ');
	return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}
