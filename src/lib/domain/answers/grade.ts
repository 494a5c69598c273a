/**
 * One entry point that grades an answer to any question of the bank, and the map from grades to FSRS
 * ratings. What `given` is, per question type:
 *
 * | type      | given                      | correct when                                |
 * |-----------|----------------------------|---------------------------------------------|
 * | choice    | the chosen option's text   | it is the answer (after NFC/space folding)  |
 * | multi     | the chosen options' texts  | exactly the answer set                      |
 * | truefalse | boolean                    | it equals the answer                        |
 * | cloze     | typed text                 | checkTyped with question.accept             |
 * | typed     | typed text                 | checkTyped with question.accept             |
 * | numeric   | typed text (or a number)   | checkNumeric with question.numeric          |
 * | match     | [left, right][] pairs made | every left is paired with its right         |
 * | flashcard | boolean: "I knew it"       | true                                        |
 *
 * `null` or `undefined` means no answer (skipped, time ran out) and is wrong for every type.
 * Near misses outside typed text: multi with exactly one option missing or one extra (and at least one
 * right one chosen); match with one pair wrong, or two (one swap) when there are five pairs or more.
 * Choice, true/false and flashcards have no near miss: there is no "almost" in picking an option.
 */
import { QUALIFIERS, type Question } from '../types';
import type { Grade, Rating } from '../records';
import { checkNumeric, checkTyped, type Check } from './check';
import { normalizeText } from './fold';
import { parseVietnameseNumber } from './numbers';

export type { Check } from './check';
export type { Grade, Rating } from '../records';
export { isCorrectGrade } from './check';

/** The answer given does not have the shape its question type expects (a bug in the caller). */
export class AnswerShapeError extends Error {
	override name = 'AnswerShapeError';
}

/** A question lacks what grading it needs (numeric without a number, match without pairs). */
export class QuestionShapeError extends Error {
	override name = 'QuestionShapeError';
}

function answerList(q: Question): string[] {
	if (Array.isArray(q.answer)) return q.answer;
	if (typeof q.answer === 'string') return [q.answer];
	throw new QuestionShapeError(`question ${q.id} (${q.type}) needs a text answer, has ${typeof q.answer}`);
}

function expectString(q: Question, given: unknown): string {
	if (typeof given !== 'string') {
		throw new AnswerShapeError(`question ${q.id} (${q.type}) expects text, got ${describe(given)}`);
	}
	return given;
}

function describe(v: unknown): string {
	return Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v;
}

const same = (a: string, b: string) => normalizeText(a) === normalizeText(b);

function gradeChoice(q: Question, given: unknown): Check {
	const expected = answerList(q)[0] ?? '';
	return { grade: same(expectString(q, given), expected) ? 'correct' : 'wrong', expected };
}

function gradeMulti(q: Question, given: unknown): Check {
	const answer = answerList(q);
	const expected = answer.join(', ');
	if (!Array.isArray(given) || given.some((g) => typeof g !== 'string')) {
		throw new AnswerShapeError(
			`question ${q.id} (multi) expects an array of option texts, got ${describe(given)}`
		);
	}
	const want = new Set(answer.map(normalizeText));
	const got = new Set((given as string[]).map(normalizeText));
	let right = 0;
	for (const g of got) if (want.has(g)) right++;
	const extra = got.size - right;
	const missing = want.size - right;
	if (extra === 0 && missing === 0) return { grade: 'correct', expected };
	return { grade: extra + missing === 1 && right > 0 ? 'near-miss' : 'wrong', expected };
}

function gradeTrueFalse(q: Question, given: unknown): Check {
	if (typeof q.answer !== 'boolean') {
		throw new QuestionShapeError(
			`question ${q.id} (truefalse) needs a boolean answer, has ${describe(q.answer)}`
		);
	}
	if (typeof given !== 'boolean') {
		throw new AnswerShapeError(`question ${q.id} (truefalse) expects a boolean, got ${describe(given)}`);
	}
	// The UI words it ("Đúng"/"Sai"); the domain states the value.
	return { grade: given === q.answer ? 'correct' : 'wrong', expected: String(q.answer) };
}

function gradeText(q: Question, given: unknown): Check {
	const [expected = '', ...others] = answerList(q);
	return checkTyped(expectString(q, given), expected, [...others, ...(q.accept ?? [])]);
}

function gradeNumeric(q: Question, given: unknown): Check {
	let spec = q.numeric;
	if (!spec) {
		// Imported decks may lack the spec: read the answer text itself as the number.
		const n = typeof q.answer === 'string' ? parseVietnameseNumber(q.answer) : null;
		if (n === null)
			throw new QuestionShapeError(`question ${q.id} (numeric) has no numeric spec and no readable number`);
		spec = { value: n, unit: '', inUnit: n };
	}
	if (typeof given === 'number') {
		if (!Number.isFinite(given)) return checkNumeric('', spec);
		return checkNumeric(given, spec);
	}
	return checkNumeric(withoutOwnBound(q, expectString(q, given)), spec);
}

/**
 * "dưới 500" answers "… là dưới bao nhiêu?" as well as "500": the bound the question itself asks in. The
 * opposite bound ("trên 500" for a ceiling) is wrong. For an exact figure the text is read as it always was.
 */
function withoutOwnBound(q: Question, given: string): string {
	const startsWith = (text: string) => {
		const t = text.normalize('NFC').trim().toLocaleLowerCase('vi');
		return QUALIFIERS.find((w) => t.startsWith(`${w} `));
	};
	const typed = startsWith(given);
	if (!typed) return given;
	const own = typeof q.answer === 'string' ? startsWith(q.answer) : undefined;
	if (typed === own)
		return given
			.normalize('NFC')
			.trim()
			.slice(typed.length + 1);
	return own ? '' : given;
}

function gradeMatch(q: Question, given: unknown): Check {
	const pairs = q.pairs;
	if (!pairs || pairs.length === 0) throw new QuestionShapeError(`question ${q.id} (match) has no pairs`);
	const expected = pairs.map(([l, r]) => `${l} → ${r}`).join('; ');
	const ok =
		Array.isArray(given) &&
		given.every(
			(p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string'
		);
	if (!ok) {
		throw new AnswerShapeError(
			`question ${q.id} (match) expects [left, right] pairs of text, got ${describe(given)}`
		);
	}
	// A left paired twice with different rights is not right: collect every right offered per left.
	const made = new Map<string, Set<string>>();
	for (const [l, r] of given as [string, string][]) {
		const key = normalizeText(l);
		const set = made.get(key) ?? new Set<string>();
		set.add(normalizeText(r));
		made.set(key, set);
	}
	let mistakes = 0;
	for (const [l, r] of pairs) {
		const set = made.get(normalizeText(l));
		if (!set || set.size !== 1 || !set.has(normalizeText(r))) mistakes++;
	}
	const grade: Grade =
		mistakes === 0
			? 'correct'
			: mistakes === 1 || (mistakes === 2 && pairs.length >= 5)
				? 'near-miss'
				: 'wrong';
	return { grade, expected };
}

function gradeFlashcard(q: Question, given: unknown): Check {
	if (typeof given !== 'boolean') {
		throw new AnswerShapeError(
			`question ${q.id} (flashcard) expects a boolean "I knew it", got ${describe(given)}`
		);
	}
	const expected = typeof q.answer === 'boolean' ? String(q.answer) : answerList(q).join(', ');
	return { grade: given ? 'correct' : 'wrong', expected };
}

function expectedFor(q: Question): string {
	if (q.type === 'match') return (q.pairs ?? []).map(([l, r]) => `${l} → ${r}`).join('; ');
	if (q.type === 'numeric' && q.numeric) return checkNumeric('', q.numeric).expected;
	if (typeof q.answer === 'boolean') return String(q.answer);
	return Array.isArray(q.answer)
		? q.type === 'multi'
			? q.answer.join(', ')
			: (q.answer[0] ?? '')
		: q.answer;
}

/**
 * Grades `given` as an answer to `question` (shapes in the table above). Throws AnswerShapeError when
 * `given` has the wrong shape for the type and QuestionShapeError when the question cannot be graded.
 */
export function gradeAnswer(question: Question, given: unknown): Check {
	if (given === null || given === undefined) return { grade: 'wrong', expected: expectedFor(question) };
	switch (question.type) {
		case 'choice':
			return gradeChoice(question, given);
		case 'multi':
			return gradeMulti(question, given);
		case 'truefalse':
			return gradeTrueFalse(question, given);
		case 'cloze':
		case 'typed':
			return gradeText(question, given);
		case 'numeric':
			return gradeNumeric(question, given);
		case 'match':
			return gradeMatch(question, given);
		case 'flashcard':
			return gradeFlashcard(question, given);
		default: {
			const t: never = question.type;
			throw new QuestionShapeError(`question ${(question as Question).id} has unknown type ${String(t)}`);
		}
	}
}

/** FSRS rating for an automatic grade: wrong = Again, near miss = Hard, right (with or without diacritics) = Good. */
export function gradeToRating(grade: Grade): Rating {
	switch (grade) {
		case 'wrong':
			return 1;
		case 'near-miss':
			return 2;
		case 'correct':
		case 'correct-no-diacritics':
			return 3;
	}
}
