/**
 * Fewer near-copies. One fact asked as a choice, then typed, then as a number, all with the same prompt, is one
 * question three times: a learn round shows the choice and then asks the learner to type what was just
 * chosen. So, per fact, a quiz (and a learn round) never shows one wording twice:
 * - the typed recall of a value is left out when the article's own cloze asks for the same value, which
 *   recalls it in the article's words;
 * - otherwise the typed recall, and a figure's numeric (kept beside the cloze: it asks the number as a
 *   quantity, its unit shown), are worded as the fact's statement with a gap, not as the choice's question.
 * A flashcard may keep the choice's question: cards are a mode of their own, self-graded, never in a quiz.
 */
import { foldText } from '../facts/text';
import type { Question } from '../types';
import { fill } from './phrasing';

/**
 * The recall question's wording: the fact's statement with a gap ("Điền vào chỗ trống: Quảng Ninh và Quảng
 * Tây … duy trì, hoạt động ____ cặp kết nghĩa hai bên biên giới."), or the question itself without one.
 * `withGap` writes the statement with its gap (figures place their unit after it).
 */
export function recallPrompt(ask: string, statement?: string, withGap?: (gap: string) => string): string {
	if (statement === undefined && withGap === undefined) return ask;
	const text = withGap ? withGap('____') : fill(statement!, '____');
	return `Điền vào chỗ trống: ${text}`;
}

/**
 * Pairs of questions of one fact that a quiz could show with the same wording (flashcards and match rounds
 * aside): empty when the bank has none. Checked by the tests over every generated bank.
 */
export function repeatedWordings(questions: readonly Question[]): [string, string][] {
	const seen = new Map<string, string>();
	const out: [string, string][] = [];
	for (const q of questions) {
		if (q.type === 'flashcard' || q.type === 'match' || q.factIds.length !== 1) continue;
		const key = `${q.factIds[0]}|${foldText(q.prompt)}`;
		const other = seen.get(key);
		if (other !== undefined) out.push([other, q.id]);
		else seen.set(key, q.id);
	}
	return out;
}
