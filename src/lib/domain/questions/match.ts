/**
 * Match rounds: officials to posts, and figures to what they count. Each round holds 4-5 pairs that cannot be
 * crossed: every left item and every right item is unique in its round, and no left item also fits another
 * pair's right item (Ngân, a Phó Bí thư of the Tỉnh uỷ, never sits in a round beside "Tỉnh uỷ viên Quảng
 * Ninh"; the "08" twinning pairs never sit beside the "08" projects approved by the province).
 *
 * Rounds of one kind share their instruction: a learner is never shown a count of rounds ("lượt 1/3", "nhóm
 * 3/4"), which is the generator's bookkeeping, not part of the question; the pairs tell the rounds apart.
 *
 * Proofs: every pair carries its own fact's quote (`source.quotes`, aligned with `pairs`), so a round may join
 * pairs stated far apart in the article, even on both sides of the damaged "năm 201". `source.quote` is the
 * shortest clean verbatim span holding all of them, or, when none is short enough, the one that holds the most.
 */
import { foldText, parseWrittenNumber } from '../facts/text';
import type { AmountFact, CountFact, Fact, PersonPostFact, Question } from '../types';
import { makeQuestion } from './build';
import { bestProof, widenToSentences, type Context } from './context';
import { mayHold, peopleOf, type Person } from './people';
import { figureLabel } from './quantity';

const MIN_PAIRS = 4;
const MAX_PAIRS = 5;
/** Longest `source.quote` for a round: a proof one reads at a glance, not a page of the article. */
const MAX_ROUND_QUOTE = 800;

interface Pair {
	left: string;
	right: string;
	fact: Fact;
}

/** The round's proof: each pair's own quote, and one short clean span stating as many pairs as it can. */
function roundProof(
	ctx: Context,
	pairs: Pair[]
): { quote: string; quotes: string[]; covered: number } | null {
	const quotes = pairs.map((p) => p.fact.quote);
	const best = bestProof(ctx.source, quotes, MAX_ROUND_QUOTE);
	if (!best) return null;
	return {
		quote: widenToSentences(ctx.source, best.quote, MAX_ROUND_QUOTE),
		quotes,
		covered: best.covered.length
	};
}

function roundQuestion(ctx: Context, id: string, prompt: string, pairs: Pair[]): Question | null {
	const proof = roundProof(ctx, pairs);
	if (!proof) return null;
	const topics = new Set(pairs.map((p) => p.fact.topic));
	return makeQuestion({
		id,
		type: 'match',
		prompt,
		answer: pairs.map((p) => `${p.left} – ${p.right}`),
		pairs: pairs.map((p) => [p.left, p.right] as [string, string]),
		factIds: pairs.map((p) => p.fact.id),
		topic: topics.size === 1 ? pairs[0]!.fact.topic : 'general',
		quote: proof.quote,
		quotes: proof.quotes
	});
}

/** Position of a fact's quote in the article, to keep rounds close to one passage. */
function position(ctx: Context, fact: Fact): number {
	const at = ctx.source.indexOf(fact.quote);
	return at === -1 ? Number.MAX_SAFE_INTEGER : at;
}

/** Every way of choosing one post per person, for the given people. */
function assignments(people: Person[]): { person: Person; fact: PersonPostFact }[][] {
	let out: { person: Person; fact: PersonPostFact }[][] = [[]];
	for (const person of people) {
		out = out.flatMap((partial) => person.facts.map((fact) => [...partial, { person, fact }]));
	}
	return out;
}

/** Subsets of `min` to `max` items, largest first. */
function subsets<T>(items: T[], min: number, max: number): T[][] {
	const out: T[][] = [];
	for (let mask = (1 << items.length) - 1; mask > 0; mask--) {
		const subset = items.filter((_, i) => mask & (1 << i));
		if (subset.length >= min && subset.length <= max) out.push(subset);
	}
	return out.sort((a, b) => b.length - a.length);
}

/**
 * Officials to posts. Each round gives every person in it one post; no person may also hold (or, for
 * membership posts, may hold) another pair's post. Rounds are chosen greedily to cover every post at least
 * once, preferring bigger rounds and then rounds whose pairs one short passage states.
 */
function officialRounds(ctx: Context): Question[] {
	const people = peopleOf(ctx);
	if (people.length < MIN_PAIRS) return [];
	const candidates: { pairs: { person: Person; fact: PersonPostFact }[]; covered: number; length: number }[] =
		[];
	for (const group of subsets(people, MIN_PAIRS, MAX_PAIRS)) {
		for (const pairs of assignments(group)) {
			const crossed = pairs.some((a) =>
				pairs.some((b) => a !== b && mayHold(a.person, b.fact.post, b.fact.title, b.fact.body))
			);
			if (crossed) continue;
			const proof = roundProof(
				ctx,
				pairs.map((p) => ({ left: p.person.name, right: p.fact.post, fact: p.fact }))
			);
			if (proof) candidates.push({ pairs, covered: proof.covered, length: proof.quote.length });
		}
	}
	const covered = new Set<string>();
	const chosen: typeof candidates = [];
	for (;;) {
		let best: (typeof candidates)[number] | undefined;
		let bestGain = 0;
		for (const c of candidates) {
			const gain = c.pairs.filter((p) => !covered.has(p.fact.id)).length;
			const better =
				gain > bestGain ||
				(gain === bestGain &&
					best !== undefined &&
					gain > 0 &&
					(c.pairs.length > best.pairs.length ||
						(c.pairs.length === best.pairs.length &&
							(c.covered > best.covered || (c.covered === best.covered && c.length < best.length)))));
			if (better) {
				best = c;
				bestGain = gain;
			}
		}
		if (!best || bestGain === 0) break;
		chosen.push(best);
		best.pairs.forEach((p) => covered.add(p.fact.id));
	}
	const out: Question[] = [];
	chosen.forEach((round, i) => {
		const pairs = round.pairs.map((p) => ({ left: p.person.name, right: p.fact.post, fact: p.fact as Fact }));
		const first = [...pairs].sort((a, b) => (a.fact.id < b.fact.id ? -1 : 1))[0]!;
		const q = roundQuestion(
			ctx,
			`${first.fact.id}:match:officials-${i + 1}`,
			'Ghép mỗi người với chức vụ của họ được nêu trong bài.',
			pairs
		);
		if (q) out.push(q);
	});
	return out;
}

/** The number a figure's label shows ("08" -> 8, "trên 1,6 triệu USD" -> 1.6). */
function labelNumber(label: string): number | null {
	const m = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/.exec(label);
	return m ? parseWrittenNumber(m[0]) : null;
}

/**
 * Figures to what they count, in article order, 4-5 per round. Two figures that show the same number ("08"
 * pairs, "08" projects; "10" projects, "10" organisations) never share a round, nor do two that read or count
 * the same: otherwise one left item would fit two right items.
 */
function figureRounds(ctx: Context): Question[] {
	const figures = ctx.facts
		.filter((f): f is CountFact | AmountFact => f.kind === 'count' || f.kind === 'amount')
		.sort((a, b) => position(ctx, a) - position(ctx, b) || (a.id < b.id ? -1 : 1));
	const total = figures.length;
	if (total < MIN_PAIRS) return [];
	const roundCount = Math.ceil(total / MAX_PAIRS);
	const rounds: Pair[][] = [];
	let pending = figures.map((f) => ({ left: figureLabel(f), right: f.subject, fact: f as Fact }));
	const clashes = (round: Pair[], p: Pair) =>
		round.some(
			(q) =>
				foldText(q.left) === foldText(p.left) ||
				foldText(q.right) === foldText(p.right) ||
				labelNumber(q.left) === labelNumber(p.left)
		);
	const tryAdd = (round: Pair[], p: Pair, size: number): boolean => {
		if (round.length >= size || clashes(round, p)) return false;
		round.push(p);
		return true;
	};
	while (pending.length > 0) {
		// Balanced sizes (17 figures: 5, 4, 4, 4), never more than five.
		const size = Math.min(MAX_PAIRS, Math.ceil(pending.length / Math.max(1, roundCount - rounds.length)));
		const round: Pair[] = [];
		const rest = pending.filter((p) => !tryAdd(round, p, size));
		if (round.length === 0) break;
		rounds.push(round);
		pending = rest;
	}
	// Short rounds give their pairs to rounds with room; what cannot move is left out of the match rounds.
	for (let i = rounds.length - 1; i >= 0; i--) {
		const round = rounds[i]!;
		if (round.length >= MIN_PAIRS) continue;
		rounds.splice(i, 1);
		for (const p of round) rounds.find((r) => r.length >= MIN_PAIRS && tryAdd(r, p, MAX_PAIRS));
	}
	const out: Question[] = [];
	rounds.forEach((pairs) => {
		const first = [...pairs].sort((a, b) => (a.fact.id < b.fact.id ? -1 : 1))[0]!;
		const q = roundQuestion(
			ctx,
			`${first.fact.id}:match:figures`,
			'Ghép mỗi con số với nội dung tương ứng trong bài.',
			pairs
		);
		if (q) out.push(q);
	});
	return out;
}

/** Every match round of the deck. */
export function matchQuestions(ctx: Context): Question[] {
	return [...officialRounds(ctx), ...figureRounds(ctx)];
}
