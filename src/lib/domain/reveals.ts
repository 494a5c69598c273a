/**
 * Keeping questions that give each other away out of one session, from the bank's `reveals` relation (computed
 * by the generator, questions/reveals.ts). A pair is kept apart whichever way the leak goes: in a quiz the
 * order is shuffled, and a learn round or a flashcard day asks its questions again and again.
 */
import type { Question } from './types';

/** Which questions each question is linked to, both ways, among `questions` only. */
export type RevealLinks = ReadonlyMap<string, ReadonlySet<string>>;

/** The `reveals` pairs among these questions, made symmetric. Empty when the bank has none. */
export function revealLinks(questions: readonly Pick<Question, 'id' | 'reveals'>[]): RevealLinks {
	const present = new Set(questions.map((q) => q.id));
	const links = new Map<string, Set<string>>();
	const link = (a: string, b: string) => {
		let s = links.get(a);
		if (!s) links.set(a, (s = new Set()));
		s.add(b);
	};
	for (const q of questions) {
		for (const r of q.reveals ?? []) {
			if (r === q.id || !present.has(r)) continue;
			link(q.id, r);
			link(r, q.id);
		}
	}
	return links;
}

/** True when `id` gives away, or is given away by, any of `chosen`. */
export function linkedToAny(links: RevealLinks, id: string, chosen: Iterable<string>): boolean {
	const mine = links.get(id);
	if (!mine) return false;
	for (const c of chosen) if (mine.has(c)) return true;
	return false;
}

/**
 * Picks from `candidates`, in their order, up to `n` items none of which is linked to another (by `keyOf`, the
 * item's id or ids). When fewer than `n` fit, the rest are filled from the skipped ones in order: a session
 * the learner asked for is never cut short, and its order then shows a revealed question before the one
 * that gives it away where it can (quiz.ts spreadFacts).
 */
export function pickApart<T>(
	candidates: readonly T[],
	n: number,
	keysOf: (item: T) => readonly string[],
	links: RevealLinks
): T[] {
	const chosen: T[] = [];
	const skipped: T[] = [];
	const taken = new Set<string>();
	for (const c of candidates) {
		if (chosen.length >= n) break;
		const keys = keysOf(c);
		if (keys.some((k) => linkedToAny(links, k, taken))) {
			skipped.push(c);
			continue;
		}
		chosen.push(c);
		for (const k of keys) taken.add(k);
	}
	return [...chosen, ...skipped.slice(0, Math.max(0, n - chosen.length))];
}

/** How many of `remaining` the question `q` gives away (by the bank's one-way relation). */
export function revealsAmong(q: Pick<Question, 'reveals'>, remaining: ReadonlySet<string>): number {
	let n = 0;
	for (const r of q.reveals ?? []) if (remaining.has(r)) n++;
	return n;
}
