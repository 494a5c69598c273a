/**
 * How extracted facts are compared with hand-written ones (the curated facts of the built-in article, the
 * expected facts of the fixtures). An extracted fact matches an expected one of the same kind when:
 * - person-post: same person (folded), and each post contains the other's title ("Phó Chủ tịch VUFO" and
 *   "Phó Chủ tịch" match; "Trưởng đoàn" never matches "Phó Chủ tịch");
 * - count, amount: same value (amounts: same value in đồng/USD units) and either the same first unit word or
 *   overlapping quotes in the text;
 * - date: the same numbers (day, month, year, end year) and one value folded inside the other;
 * - list: at least half of the expected items are items of the extracted list (folded);
 * - org: same abbreviation; statement: same value (folded).
 * Each expected fact is matched at most once, greedily in file order. A damaged expected fact matches only an
 * extracted fact that is damaged too.
 */
import { containsFolded, foldText, sameFolded } from '../../../../src/lib/domain/facts/text';
import type { Fact, FactKind } from '../../../../src/lib/domain/types';

const SCALE: Record<string, number> = { nghìn: 1e3, triệu: 1e6, tỉ: 1e9, tỷ: 1e9, '': 1 };

function firstWord(unit: string): string {
	return foldText(unit).split(' ')[0] ?? '';
}

function spansOf(text: string, quote: string): [number, number][] {
	const out: [number, number][] = [];
	for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
		out.push([at, at + quote.length]);
	return out;
}

function overlap(text: string, a: Fact, b: Fact): boolean {
	if (!a.quote || !b.quote) return false;
	const as = a.span ? [[a.span.start, a.span.end] as [number, number]] : spansOf(text, a.quote);
	return spansOf(text, b.quote).some(([s, e]) => as.some(([x, y]) => s < y && x < e));
}

/** True when extracted `ex` states the expected fact `want` (rules above). */
function matches(ex: Fact, want: Fact, text: string): boolean {
	if (ex.kind !== want.kind) return false;
	if ((want.damaged !== undefined) !== (ex.damaged !== undefined)) return false;
	switch (want.kind) {
		case 'person-post': {
			const e = ex as typeof want;
			return (
				sameFolded(e.person, want.person) &&
				containsFolded(e.post, want.title) &&
				containsFolded(want.post, e.title)
			);
		}
		case 'count': {
			const e = ex as typeof want;
			return e.value === want.value && (firstWord(e.unit) === firstWord(want.unit) || overlap(text, e, want));
		}
		case 'amount': {
			const e = ex as typeof want;
			return (
				e.currency === want.currency &&
				Math.abs(e.value * SCALE[e.scale]! - want.value * SCALE[want.scale]!) < 1e-6
			);
		}
		case 'date': {
			const e = ex as typeof want;
			const same = (['year', 'month', 'day', 'endYear'] as const).every((k) => e[k] === want[k]);
			return same && (containsFolded(e.value, want.value) || containsFolded(want.value, e.value));
		}
		case 'list': {
			const e = ex as typeof want;
			const got = new Set(e.items.map(foldText));
			return want.items.filter((i) => got.has(foldText(i))).length * 2 >= want.items.length;
		}
		case 'org':
			return sameFolded((ex as typeof want).name, want.name);
		case 'statement':
			return sameFolded((ex as typeof want).value, want.value);
	}
}

interface KindScore {
	expected: number;
	extracted: number;
	/** Expected facts found. */
	found: number;
	/** Extracted facts that match an expected one. */
	correct: number;
}

export type Scores = Record<FactKind, KindScore>;

const KINDS: FactKind[] = ['person-post', 'count', 'amount', 'date', 'list', 'org', 'statement'];

export function emptyScores(): Scores {
	return Object.fromEntries(
		KINDS.map((k) => [k, { expected: 0, extracted: 0, found: 0, correct: 0 }])
	) as Scores;
}

/** Scores extracted facts against expected ones, per kind, adding into `into`. Returns the unmatched ones. */
export function score(
	extracted: readonly Fact[],
	expected: readonly Fact[],
	text: string,
	into: Scores = emptyScores()
): { scores: Scores; missed: Fact[]; extra: Fact[] } {
	const used = new Set<Fact>();
	const missed: Fact[] = [];
	for (const want of expected) {
		into[want.kind].expected++;
		const hit = extracted.find((e) => !used.has(e) && matches(e, want, text));
		if (hit) {
			used.add(hit);
			into[want.kind].found++;
		} else missed.push(want);
	}
	for (const e of extracted) {
		into[e.kind].extracted++;
		if (used.has(e)) into[e.kind].correct++;
	}
	return { scores: into, missed, extra: extracted.filter((e) => !used.has(e)) };
}

/** Recall and precision of one kind, or of several kinds pooled. */
export function rates(scores: Scores, kinds: readonly FactKind[]): { recall: number; precision: number } {
	const sum = (f: keyof KindScore) => kinds.reduce((n, k) => n + scores[k][f], 0);
	return {
		recall: sum('found') / Math.max(1, sum('expected')),
		precision: sum('correct') / Math.max(1, sum('extracted'))
	};
}

/** A printable table of the scores. */
export function table(title: string, scores: Scores): string {
	const pct = (n: number, d: number) => (d === 0 ? '   -' : `${Math.round((100 * n) / d)}%`.padStart(4));
	const rows = KINDS.map(
		(k) =>
			`${k.padEnd(12)} expected ${String(scores[k].expected).padStart(3)}  found ${String(scores[k].found).padStart(3)} (recall ${pct(scores[k].found, scores[k].expected)})  extracted ${String(scores[k].extracted).padStart(3)}  correct ${String(scores[k].correct).padStart(3)} (precision ${pct(scores[k].correct, scores[k].extracted)})`
	);
	return [title, ...rows].join('\n');
}

/** The lowest of recall and precision for officials and for figures: the targets in one number. */
export function weakestOfTargets(scores: Scores): number {
	const people = rates(scores, ['person-post']);
	const figures = rates(scores, ['count', 'amount']);
	return Math.min(people.recall, people.precision, figures.recall, figures.precision);
}
