/**
 * Turning answers into short display text for feedback and results. Kept beside the components because
 * it needs the UI strings; the grading itself lives in domain/answers.
 */
import type { Question } from '$lib/domain/types';
import type { Lang } from '$lib/i18n';
import { quizStrings } from '$lib/i18n/quiz';

function isPairs(v: unknown): v is [string, string][] {
	return Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2);
}

/** Any answer value (the question's or the learner's) as one line of text. */
export function answerText(value: unknown, lang: Lang): string {
	const s = quizStrings[lang];
	if (value === null || value === undefined || value === '') return s.noAnswer;
	if (typeof value === 'boolean') return value ? s.trueLabel : s.falseLabel;
	if (isPairs(value)) return value.map(([l, r]) => `${l} → ${r || '…'}`).join('; ');
	if (Array.isArray(value)) return value.length ? value.join('; ') : s.noAnswer;
	return String(value);
}

/** Like answerText, but one line per pair or option, for lists that would run on as one long line. */
export function answerLines(value: unknown, lang: Lang): string[] {
	if (isPairs(value)) return value.map(([l, r]) => `${l} → ${r || '…'}`);
	if (Array.isArray(value) && value.length > 1) return value.map(String);
	return [answerText(value, lang)];
}

/** The correct answer as lines (match pairs and multi answers one per line). */
export function expectedLines(q: Question, lang: Lang): string[] {
	if (q.type === 'match') return answerLines(q.pairs ?? [], lang);
	if (q.type === 'multi') return answerLines(q.answer, lang);
	return [expectedText(q, lang)];
}

/**
 * The heading of a question. A cloze prompt often repeats the whole sentence that the gap box shows right
 * below it; the heading then keeps only the instruction before the sentence.
 */
export function promptHeading(q: Question): string {
	if (q.type !== 'cloze' || !q.cloze) return q.prompt;
	const at = q.prompt.indexOf(q.cloze);
	if (at <= 0) return q.prompt;
	return q.prompt.slice(0, at).replace(/[\s:：]+$/u, '') || q.prompt;
}

/** The correct answer of a question, as shown after a miss. Numeric answers carry their unit. */
export function expectedText(q: Question, lang: Lang): string {
	if (q.type === 'match') return answerText(q.pairs ?? [], lang);
	const base = answerText(q.answer, lang);
	if (q.type === 'numeric' && q.numeric && !base.includes(q.numeric.unit)) return `${base} ${q.numeric.unit}`;
	return base;
}

/** "12 phút 5 giây" / "12 min 5 s". */
export function durationText(ms: number, lang: Lang): string {
	const total = Math.max(0, Math.round(ms / 1000));
	return quizStrings[lang].duration(Math.floor(total / 60), total % 60);
}

/** A countdown clock, "4:05". */
export function clockText(ms: number): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** An element id for a question's field, form or heading: `prefix-` and the question id, kept to id-safe characters. */
export function questionDomId(prefix: string, questionId: string): string {
	return `${prefix}-${questionId.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** True when a key event comes from a text field, where letter and digit keys are typing, not shortcuts. */
export function isTyping(e: KeyboardEvent): boolean {
	const t = e.target as HTMLElement | null;
	return (
		!!t &&
		(t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable) &&
		(t as HTMLInputElement).type !== 'checkbox'
	);
}

/** True when a key event carries a modifier, so browser and system shortcuts are left alone. */
export function hasModifier(e: KeyboardEvent): boolean {
	return e.ctrlKey || e.metaKey || e.altKey;
}

/**
 * The option a number key picks (1 for the first) when the learner is not typing and holds no modifier;
 * null for any other key. Choice and multi questions share it, so their shortcuts behave alike.
 */
export function optionForKey<T>(e: KeyboardEvent, options: readonly T[]): T | null {
	if (isTyping(e) || hasModifier(e)) return null;
	const n = Number(e.key);
	return Number.isInteger(n) && n >= 1 && n <= options.length ? (options[n - 1] as T) : null;
}
