/**
 * Fewer near-copies. One fact asked as a choice, then typed, then as a number, all with the same prompt, is one
 * question three times: a learn round shows the choice and then asks the learner to type what was just
 * chosen. So, per fact, a quiz (and a learn round) never shows one wording twice:
 * - the typed recall of a value is left out when the article's own cloze asks for the same value, which
 *   recalls it in the article's words;
 * - otherwise the typed recall, and a figure's numeric (kept beside the cloze: it asks the number as a
 *   quantity, its unit shown), are worded as the fact's statement with a gap, not as the choice's question.
 * - a numeric whose gapped statement reads as the article's cloze of the same figure ("Liên hiệp Quảng Ninh hiện
 *   có ____ hội hữu nghị." beside "… hiện có ____ hội hữu nghị với 1.797 hội viên.") is left out: it asks
 *   the same sentence twice (`alike`: the same words, or one's words all inside the other's).
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

/** A prompt's words, folded, without the "Điền vào chỗ trống:" lead-in that every gapped question shares. */
function wordsOf(prompt: string): string[] {
	let text = foldText(prompt);
	for (const lead of LEAD_INS) if (text.startsWith(lead)) text = text.slice(lead.length);
	return text.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

const LEAD_INS = ['Điền vào chỗ trống:', 'Chọn cụm từ đúng cho chỗ trống:'].map(foldText);

/** The share of the two prompts' words they share (Jaccard) at which they read as one question. */
const ALIKE_SHARE = 0.7;

/**
 * Whether two prompts read as one question: the same words, nearly (ALIKE_SHARE of them shared), or every word
 * of one inside the other ("…thắt chặt quan hệ hợp tác với ____ tỉnh Bắc Lào…" and "Tỉnh Quảng Ninh tiếp tục
 * thắt chặt quan hệ hợp tác với ____ tỉnh Bắc Lào.").
 */
export function alike(a: string, b: string): boolean {
	const x = new Set(wordsOf(a));
	const y = new Set(wordsOf(b));
	if (x.size === 0 || y.size === 0) return foldText(a) === foldText(b);
	let shared = 0;
	for (const w of x) if (y.has(w)) shared++;
	if (shared === x.size || shared === y.size) return true;
	return shared / (x.size + y.size - shared) >= ALIKE_SHARE;
}

/**
 * Pairs of questions of one fact that a quiz could show with the same wording (flashcards and match rounds
 * aside): empty when the bank has none. Checked by the tests over every generated bank.
 */
export function repeatedWordings(questions: readonly Question[]): [string, string][] {
	const byFact = new Map<string, Question[]>();
	const out: [string, string][] = [];
	for (const q of questions) {
		if (q.type === 'flashcard' || q.type === 'match' || q.factIds.length !== 1) continue;
		const earlier = byFact.get(q.factIds[0]!) ?? [];
		const other = earlier.find((e) => foldText(e.prompt) === foldText(q.prompt) || sameGap(e, q));
		if (other !== undefined) out.push([other.id, q.id]);
		earlier.push(q);
		byFact.set(q.factIds[0]!, earlier);
	}
	return out;
}

/** A figure's numeric and its cloze, both a sentence with a gap, that read as one sentence (`alike`). */
function sameGap(a: Question, b: Question): boolean {
	const types = new Set([a.type, b.type]);
	return types.has('numeric') && types.has('cloze') && alike(a.prompt, b.prompt);
}
