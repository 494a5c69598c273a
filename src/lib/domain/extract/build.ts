/**
 * Turns what the finders found into facts of the shape of questions/facts/*.json: quotes cut from the
 * cleaned text, stable ids from content, duplicates merged, doubtful and damaged statements marked.
 */
import type { Fact, PersonPostFact } from '../types';
import { fold, slug } from './fold';

/** A fact before it has an id and a quote (distributed over the kinds, so each keeps its own fields). */
type Draft = Fact extends infer F ? (F extends Fact ? Omit<F, 'id' | 'quote' | 'span'> : never) : never;

/** One finding with where it was found. */
export interface Found {
	fact: Draft;
	start: number;
	end: number;
	/** The id before collisions are resolved: kind + normalised subject/value. */
	key: string;
	/** Found in a caption (or heading): facts stated only there are doubtful. */
	caption: boolean;
	/** Comparison key for duplicates (kind + folded value). */
	dedupe: string;
}

const MAX_ID = 60;
/** The same rule as facts/validate.ts: a "year" of one to three digits. */
const TRUNCATED_YEAR = /năm\s+\d{1,3}(?!\d)/iu;

function cut(id: string): string {
	if (id.length <= MAX_ID) return id;
	const short = id.slice(0, MAX_ID);
	return short.slice(0, Math.max(short.lastIndexOf('-'), 20)).replace(/-+$/, '');
}

/** An id from the fact's content: the same text gives the same ids. */
export function idFor(parts: readonly string[]): string {
	return cut(parts.map(slug).filter(Boolean).join('-')) || 'fact';
}

/** A verbatim quote of text[start, end), trimmed of spaces and of a dangling comma. */
function quoteSpan(text: string, start: number, end: number): { start: number; end: number } {
	let s = start;
	let e = end;
	while (s < e && /[\s,;]/.test(text[s]!)) s++;
	while (e > s && /[\s,;]/.test(text[e - 1]!)) e--;
	return { start: s, end: e };
}

/** Merges findings into facts: first body statement wins, caption-only facts are doubtful, ids unique. */
export function buildFacts(text: string, found: Found[]): { facts: Fact[]; aliases: string[][] } {
	const byKey = new Map<string, Found>();
	for (const f of found) {
		const seen = byKey.get(f.dedupe);
		if (!seen || (seen.caption && !f.caption)) byKey.set(f.dedupe, f);
	}
	const aliases: string[][] = [];
	const kept = mergePeople([...byKey.values()], aliases).sort((a, b) => a.start - b.start || a.end - b.end);
	const ids = new Map<string, number>();
	const facts: Fact[] = [];
	for (const f of kept) {
		let span = quoteSpan(text, f.start, f.end);
		// A quote must never show the cut year ("năm 201") unless it is the damaged fact itself.
		const cutYear =
			f.fact.damaged === undefined ? TRUNCATED_YEAR.exec(text.slice(span.start, span.end)) : null;
		if (cutYear) span = quoteSpan(text, span.start, span.start + cutYear.index);
		let id = f.key;
		const n = (ids.get(id) ?? 0) + 1;
		ids.set(id, n);
		if (n > 1) id = `${id}-${n}`;
		const fact = { id, ...f.fact, quote: text.slice(span.start, span.end), span } as Fact;
		if (f.caption && fact.doubtful === undefined && fact.damaged === undefined)
			fact.doubtful = 'Chỉ nêu trong chú thích ảnh hoặc tiêu đề: hãy đối chiếu với bài.';
		facts.push(fact);
	}
	markPeople(facts);
	markSameSubjects(facts);
	return { facts, aliases };
}

type PostDraft = Found & { fact: Extract<Draft, { kind: 'person-post' }> };

function words(text: string): string[] {
	return fold(text)
		.split(/[^\p{L}\p{M}\p{N}]+/u)
		.filter(Boolean);
}

/** True when the words of `short` appear in `long` in order ("Liên hiệp Quảng Ninh" in "Liên hiệp Hữu nghị Quảng Ninh"). */
function subsequence(short: string, long: string): boolean {
	const l = words(long);
	let i = 0;
	for (const w of words(short)) {
		while (i < l.length && l[i] !== w) i++;
		if (i === l.length) return false;
		i++;
	}
	return true;
}

/**
 * One person, one post: a later mention by title alone ("Phó Chủ tịch Nguyễn Văn Doanh") adds nothing when
 * the person already holds a post of that title with a body, and two names of one body under the same title
 * ("Liên hiệp Hữu nghị Quảng Ninh", "Liên hiệp Quảng Ninh") are one post, the names an alias group.
 */
function mergePeople(found: Found[], aliases: string[][]): Found[] {
	const posts = found.filter((f): f is PostDraft => f.fact.kind === 'person-post');
	const drop = new Set<Found>();
	for (const p of posts) {
		const same = posts.filter(
			(o) =>
				o !== p &&
				!drop.has(o) &&
				fold(o.fact.person) === fold(p.fact.person) &&
				fold(o.fact.title) === fold(p.fact.title)
		);
		if (p.fact.body === undefined) {
			if (same.some((o) => o.fact.body !== undefined)) drop.add(p);
			continue;
		}
		for (const o of same) {
			if (o.fact.body === undefined || drop.has(p)) continue;
			const [long, short] = o.fact.body.length >= p.fact.body.length ? [o, p] : [p, o];
			if (!subsequence(short.fact.body!, long.fact.body!)) continue;
			// The body statement is kept over the caption's; otherwise the longer name.
			const keep = long.caption && !short.caption ? short : long;
			const gone = keep === long ? short : long;
			drop.add(gone);
			aliases.push([long.fact.body!, short.fact.body!]);
		}
	}
	// Every mention of a person says "ông"/"bà" when one does.
	for (const p of posts) {
		if (/^chức vụ của \p{Lu}/u.test(p.fact.subject)) {
			const named = posts.find(
				(o) => fold(o.fact.person) === fold(p.fact.person) && !/^chức vụ của \p{Lu}/u.test(o.fact.subject)
			);
			if (named) p.fact.subject = named.fact.subject;
		}
	}
	return found.filter((f) => !drop.has(f));
}

/** A person's side, once stated, holds for all of their posts; a post without a body is doubtful. */
function markPeople(facts: Fact[]): void {
	const posts = facts.filter((f): f is PersonPostFact => f.kind === 'person-post');
	for (const p of posts) {
		const side = posts.find((o) => fold(o.person) === fold(p.person) && o.side !== undefined)?.side;
		if (side !== undefined && p.side === undefined) p.side = side;
		if (p.body === undefined && p.doubtful === undefined && !/vi[eê]n$/u.test(fold(p.title)))
			p.doubtful = 'Chức vụ không nêu cơ quan: câu hỏi về nó có thể mơ hồ.';
	}
}

/** Two figures or dates about the same subject make an ambiguous question: the later ones are doubtful. */
function markSameSubjects(facts: Fact[]): void {
	const seen = new Map<string, string>();
	for (const f of facts) {
		if (f.kind !== 'count' && f.kind !== 'amount' && f.kind !== 'date') continue;
		const key = `${f.kind === 'date' ? 'date' : 'figure'}|${fold(f.subject)}`;
		const first = seen.get(key);
		if (first === undefined) seen.set(key, f.id);
		else if (f.doubtful === undefined && f.damaged === undefined)
			f.doubtful = `Cùng chủ đề với "${first}": hãy viết lại chủ đề cho rõ.`;
	}
}
