/**
 * The one rule that leaves reported questions ("Báo câu hỏi sai") out of every session. Alone in its module
 * because home counts today's cards with it; the records' rules are in flag-rules.ts, loaded on demand.
 */
import type { AcceptedAnswer } from './records';

/**
 * The questions a session may ask: all but those reported. Every mode, and every count of what is left to
 * study (home, flashcards, statistics), takes its questions through this, so they always agree.
 *
 * @example withoutFlagged(bank.questions, new Set(['ngo-origins:truefalse:true']))
 */
export function withoutFlagged<Q extends { id: string }>(
	questions: readonly Q[],
	flagged: ReadonlySet<string>
): Q[] {
	return flagged.size === 0 ? [...questions] : questions.filter((q) => !flagged.has(q.id));
}

/** The remembered answers of each question of a deck, for grading. */
export function acceptedByQuestion(list: readonly AcceptedAnswer[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const a of list) {
		const answers = out.get(a.questionId);
		if (answers) answers.push(a.answer);
		else out.set(a.questionId, [a.answer]);
	}
	return out;
}
