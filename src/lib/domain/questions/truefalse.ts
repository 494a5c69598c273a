/**
 * How much true/false a bank holds. One statement per fact at most (true or false, by the fact's own seeded
 * draw), and true/false questions at most a fifth of the bank: a verbatim true and a swapped false for every
 * fact made a third of the old bank true/false, tedious and easy to game. True statements are at most
 * MAX_TRUE_SHARE of them. When there are more, the ones kept are chosen by a hash of their ids, so the choice
 * does not depend on the order of the facts file.
 */
import { createRng } from '../random';
import type { Question } from '../types';

/** The largest share of a bank that may be true/false. */
const MAX_TRUE_FALSE_SHARE = 0.2;
/**
 * The largest share of true/false statements that may be true: many facts have no value that the article
 * contradicts (so no false statement), and a set of mostly true statements is won by always answering "Đúng".
 */
const MAX_TRUE_SHARE = 0.6;

function draw(deckId: string, key: string): number {
	return createRng(`${deckId}|${key}`).next();
}

/** The questions with at most one true/false per fact, and true/false at most MAX_TRUE_FALSE_SHARE of them. */
export function limitTrueFalse(questions: readonly Question[], deckId: string): Question[] {
	const byFact = new Map<string, Question[]>();
	for (const q of questions) {
		if (q.type !== 'truefalse') continue;
		const key = q.factIds.join('+');
		byFact.set(key, [...(byFact.get(key) ?? []), q]);
	}
	const kept = new Set<Question>();
	for (const [fact, statements] of byFact) {
		if (statements.length === 1) {
			kept.add(statements[0]!);
			continue;
		}
		// Half the facts asked true, half false, each by its own draw.
		const wantTrue = draw(deckId, `${fact}:truefalse`) < 0.5;
		kept.add(statements.find((q) => q.answer === wantTrue) ?? statements[0]!);
	}
	const draws = new Map([...kept].map((q) => [q, draw(deckId, q.id)]));
	const ranked = (list: Iterable<Question>) =>
		[...list].sort((a, b) => draws.get(a)! - draws.get(b)! || (a.id < b.id ? -1 : 1));
	const falses = [...kept].filter((q) => q.answer === false).length;
	// t / (t + f) <= share  <=>  t <= f * share / (1 - share); a bank without false statements keeps a few.
	const trueRoom = Math.max(3, Math.floor((falses * MAX_TRUE_SHARE) / (1 - MAX_TRUE_SHARE) + 1e-9));
	const trues = ranked([...kept].filter((q) => q.answer === true));
	for (const q of trues.slice(trueRoom)) kept.delete(q);
	const others = questions.filter((q) => q.type !== 'truefalse').length;
	// k / (others + k) <= share  <=>  k <= others * share / (1 - share)
	const room = Math.floor((others * MAX_TRUE_FALSE_SHARE) / (1 - MAX_TRUE_FALSE_SHARE) + 1e-9);
	if (kept.size > room) for (const q of ranked(kept).slice(room)) kept.delete(q);
	return questions.filter((q) => q.type !== 'truefalse' || kept.has(q));
}
