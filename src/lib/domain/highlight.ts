/**
 * Finds where each fact's quote sits in the article, and in it the fact's values, so the article screen can
 * mark the values (a name, a figure, a list's items), not whole sentences that would cover most of the text.
 * Pure: text in, offsets out. Spans that overlap (several facts drawn from one phrase) are merged into one
 * span that carries all their ids, because nested or crossing <mark> elements cannot be tapped apart on a phone.
 */
import { factValues } from './decks/own-deck';
import { valueRanges, type ValueContext } from './quote-marks';
import type { Fact } from './types';

/** A value to find inside a quote, with the words that follow it when the quote holds it twice. */
export interface ValueRef extends ValueContext {
	text: string;
}

export interface QuoteRef {
	id: string;
	quote: string;
	/** When given, only these values are marked inside the quote (the whole quote when none is found). */
	values?: readonly ValueRef[];
}

/** What the article marks of a fact: its values, a count with its unit ("10" of "10 tổ chức", not of "10 dự án"). */
export function factMarks(fact: Fact): ValueRef[] {
	if (fact.kind === 'count') return [{ text: fact.written, after: fact.unit }];
	return factValues(fact).map((text) => ({ text }));
}

export interface Span {
	/** Offsets into the NFC article text, `end` exclusive. */
	start: number;
	end: number;
	/** Ids of every quote covering the span, in input order. */
	ids: string[];
}

export interface Highlights {
	spans: Span[];
	/** Ids whose quote is not in the text (even allowing for differences in white space). */
	missing: string[];
}

/** A piece of the article to render: plain text, or a marked span with its quote ids. */
export interface Segment {
	text: string;
	ids?: string[];
}

class HighlightInputError extends Error {
	override name = 'HighlightInputError';
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds the first occurrence of `quote`, exactly, else with any run of white space matching any other. */
function locate(text: string, quote: string): [number, number] | null {
	const at = text.indexOf(quote);
	if (at >= 0) return [at, at + quote.length];
	const words = quote.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return null;
	const m = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u').exec(text);
	return m ? [m.index, m.index + m[0].length] : null;
}

/**
 * Maps quotes (or the values inside them) to sorted, non-overlapping spans of `text`. Text and quotes are
 * compared in NFC. An empty
 * quote or a duplicate id is an input error; a quote not found is reported in `missing`.
 */
export function findQuoteSpans(text: string, quotes: readonly QuoteRef[]): Highlights {
	const body = text.normalize('NFC');
	const seen = new Set<string>();
	const found: Span[] = [];
	const missing: string[] = [];
	for (const { id, quote, values } of quotes) {
		if (seen.has(id)) throw new HighlightInputError(`Duplicate quote id: ${id}`);
		seen.add(id);
		if (!quote || !quote.trim()) throw new HighlightInputError(`Empty quote for id: ${id}`);
		const hit = locate(body, quote.normalize('NFC'));
		if (!hit) {
			missing.push(id);
			continue;
		}
		const inQuote = body.slice(hit[0], hit[1]);
		const marks = (values ?? []).flatMap(({ text: value, ...context }) =>
			valueRanges(inQuote, value, context)
		);
		if (marks.length === 0) found.push({ start: hit[0], end: hit[1], ids: [id] });
		for (const r of marks) found.push({ start: hit[0] + r.start, end: hit[0] + r.end, ids: [id] });
	}
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const spans: Span[] = [];
	for (const s of found) {
		const last = spans[spans.length - 1];
		if (last && s.start < last.end) {
			last.end = Math.max(last.end, s.end);
			for (const i of s.ids) if (!last.ids.includes(i)) last.ids.push(i);
		} else {
			spans.push({ start: s.start, end: s.end, ids: [...s.ids] });
		}
	}
	// Keep ids in input order inside a merged span, so the panel lists facts as the source file does.
	const order = new Map(quotes.map((q, i) => [q.id, i]));
	for (const s of spans) s.ids.sort((a, b) => order.get(a)! - order.get(b)!);
	return { spans, missing };
}

/** Cuts `text` into plain and marked segments following `spans` (as returned by findQuoteSpans). */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
	const body = text.normalize('NFC');
	const out: Segment[] = [];
	let pos = 0;
	for (const s of spans) {
		if (s.start < pos || s.end > body.length || s.end <= s.start) {
			throw new HighlightInputError(`Span ${s.start}-${s.end} is out of order or out of the text`);
		}
		if (s.start > pos) out.push({ text: body.slice(pos, s.start) });
		out.push({ text: body.slice(s.start, s.end), ids: s.ids });
		pos = s.end;
	}
	if (pos < body.length) out.push({ text: body.slice(pos) });
	return out;
}

type ParagraphKind = 'text' | 'heading' | 'caption' | 'byline';

export interface Paragraph {
	kind: ParagraphKind;
	segments: Segment[];
}

/**
 * Guesses what a line of a pasted news article is: a short line without final punctuation is a
 * subheading, a line ending in " |" is a photo caption (how the site marks them), and the last short line
 * is the byline. Only changes presentation; the text itself is kept as it is.
 */
function paragraphKind(line: string, isLast: boolean): ParagraphKind {
	const t = line.trim();
	if (t.endsWith('|')) return 'caption';
	if (isLast && t.length <= 60) return 'byline';
	if (t.length <= 80 && !/[.!?:;,"”…)]$/u.test(t)) return 'heading';
	return 'text';
}

/**
 * Splits the article into paragraphs (one per non-empty line), each a list of plain and marked segments.
 * A caption's trailing "|" is dropped.
 */
export function toParagraphs(text: string, spans: readonly Span[]): Paragraph[] {
	const lines: Segment[][] = [[]];
	for (const seg of segmentText(text, spans)) {
		const parts = seg.text.split('\n');
		parts.forEach((part, i) => {
			if (i > 0) lines.push([]);
			if (part) lines[lines.length - 1]!.push(seg.ids ? { text: part, ids: seg.ids } : { text: part });
		});
	}
	const nonEmpty = lines.filter(
		(l) =>
			l
				.map((s) => s.text)
				.join('')
				.trim() !== ''
	);
	return nonEmpty.map((segments, i) => {
		const kind = paragraphKind(segments.map((s) => s.text).join(''), i === nonEmpty.length - 1);
		if (kind === 'caption') {
			const last = segments[segments.length - 1]!;
			const trimmed = last.text.replace(/\s*\|\s*$/u, '');
			if (trimmed) segments[segments.length - 1] = { ...last, text: trimmed };
			else segments.pop();
		}
		return { kind, segments };
	});
}
