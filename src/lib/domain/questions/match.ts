/**
 * Match rounds: officials to posts, and figures to what they count. Each round holds 4-5 pairs that cannot be
 * crossed: no left item may also fit another pair's right item (Ngân, a Phó Bí thư of the Tỉnh uỷ, never
 * sits in a round beside "Tỉnh uỷ viên Quảng Ninh").
 */
import { foldText } from '../facts/text';
import type { AmountFact, CountFact, Fact, PersonPostFact, Question } from '../types';
import { makeQuestion } from './build';
import { coveringSpan, spanStating, type Context } from './context';
import { mayHold, peopleOf, type Person } from './people';
import { figureLabel, figureText } from './quantity';

const MIN_PAIRS = 4;
const MAX_PAIRS = 5;

interface Pair {
	left: string;
	right: string;
	fact: Fact;
}

function roundQuestion(
	ctx: Context,
	id: string,
	prompt: string,
	pairs: Pair[],
	proof?: string
): Question | null {
	const quote =
		proof ??
		coveringSpan(
			ctx.source,
			pairs.map((p) => p.fact.quote)
		);
	if (!quote) return null;
	const topics = new Set(pairs.map((p) => p.fact.topic));
	return makeQuestion({
		id,
		type: 'match',
		prompt,
		answer: pairs.map((p) => `${p.left} – ${p.right}`),
		pairs: pairs.map((p) => [p.left, p.right] as [string, string]),
		factIds: pairs.map((p) => p.fact.id),
		topic: topics.size === 1 ? pairs[0]!.fact.topic : 'general',
		quote
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

/** Subsets of at least `min` items, largest first. */
function subsets<T>(items: T[], min: number): T[][] {
	const out: T[][] = [];
	for (let mask = (1 << items.length) - 1; mask > 0; mask--) {
		const subset = items.filter((_, i) => mask & (1 << i));
		if (subset.length >= min) out.push(subset);
	}
	return out.sort((a, b) => b.length - a.length);
}

/**
 * Officials to posts. Each round gives every person in it one post; no person may also hold (or, for
 * membership posts, may hold) another pair's post, and the round's proof is one clean span of the article
 * (never across the damaged "năm 201"). Rounds are chosen greedily to cover every post at least once.
 */
function officialRounds(ctx: Context): Question[] {
	const people = peopleOf(ctx);
	if (people.length < MIN_PAIRS) return [];
	const candidates: { pairs: { person: Person; fact: PersonPostFact }[]; quote: string }[] = [];
	for (const group of subsets(people, MIN_PAIRS)) {
		for (const pairs of assignments(group)) {
			const crossed = pairs.some((a) =>
				pairs.some((b) => a !== b && mayHold(a.person, b.fact.post, b.fact.title, b.fact.body))
			);
			if (crossed) continue;
			// Quotes compared folded: the article repeats "Uỷ viên Đảng đoàn" as "Ủy viên Đảng đoàn" closer by.
			const quote = spanStating(
				ctx.source,
				pairs.map((p) => p.fact.quote)
			);
			if (quote) candidates.push({ pairs: pairs.slice(0, MAX_PAIRS), quote });
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
						(c.pairs.length === best.pairs.length && c.quote.length < best.quote.length)));
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
			`Ghép mỗi người với chức vụ của họ được nêu trong bài (lượt ${i + 1}/${chosen.length}).`,
			pairs,
			round.quote
		);
		if (q) out.push(q);
	});
	return out;
}

/**
 * Figures to what they count, in article order, 4-5 per round. Two figures that read the same ("08" pairs,
 * "08" projects) never share a round.
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
		round.some((q) => foldText(q.left) === foldText(p.left) || foldText(q.right) === foldText(p.right));
	// The round's proof must not stretch across the damaged "năm 201" (coveringSpan refuses such spans).
	const spanOk = (round: Pair[], p: Pair) =>
		coveringSpan(
			ctx.source,
			[...round, p].map((x) => x.fact.quote)
		) !== null;
	/** Adds p to the round if it fits; "10" projects beside "10" organisations get their units shown. */
	const tryAdd = (round: Pair[], p: Pair, size: number): boolean => {
		if (round.length >= size || !spanOk(round, p)) return false;
		if (!clashes(round, p)) {
			round.push(p);
			return true;
		}
		const withUnit = { ...p, left: figureText(p.fact as CountFact | AmountFact) };
		if (clashes(round, withUnit)) return false;
		const other = round.findIndex((q) => foldText(q.left) === foldText(p.left));
		if (other !== -1)
			round[other] = { ...round[other]!, left: figureText(round[other]!.fact as CountFact | AmountFact) };
		round.push(withUnit);
		return true;
	};
	while (pending.length > 0) {
		// Balanced sizes (17 figures: 5, 4, 4, 4), never more than five.
		const size = Math.min(MAX_PAIRS, Math.ceil(pending.length / Math.max(1, roundCount - rounds.length)));
		const round: Pair[] = [];
		const rest = pending.filter((p) => !tryAdd(round, p, size));
		if (round.length === 0) break; // what is left cannot be shown with a clean proof
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
	rounds.forEach((pairs, i) => {
		const first = [...pairs].sort((a, b) => (a.fact.id < b.fact.id ? -1 : 1))[0]!;
		const q = roundQuestion(
			ctx,
			`${first.fact.id}:match:figures`,
			`Ghép mỗi con số với nội dung tương ứng trong bài (nhóm ${i + 1}/${rounds.length}).`,
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
