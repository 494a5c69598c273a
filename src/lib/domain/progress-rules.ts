/**
 * The rules of the review log, quiz attempts and decks, built on record-rules.ts: types, closed lists,
 * bounds, lengths and how a record's fields agree with each other. Storage normalises and checks every
 * write with them, backup export normalises with them and backup import checks every record of a file with
 * them, so a file can only bring in what the app itself could have written.
 *
 * Two things are normalised rather than refused on a write, because an answer must never be lost: the time
 * an answer took is brought into 0..RECORD_LIMITS.answerMs, and an overlong answer text is cut.
 */
import { isCorrectGrade } from './answers/check';
import { gradeToRating } from './answers/grade';
import { QUIZ_TYPES, scoreAttempt } from './quiz';
import {
	bool,
	fail,
	field,
	id,
	isObject,
	num,
	object,
	oneOf,
	RECORD_LIMITS as L,
	show,
	text,
	time,
	type TimeWindow
} from './record-rules';
import type {
	DeckRecord,
	Grade,
	QuizAnswer,
	QuizAttempt,
	QuizSettings,
	ReviewRecord,
	StudyMode
} from './records';
import { QUESTION_TYPES, TOPICS } from './types';

const MODES: readonly StudyMode[] = ['flashcards', 'quiz', 'learn', 'match'];
const GRADES: readonly Grade[] = ['correct', 'correct-no-diacritics', 'near-miss', 'wrong'];
const RATINGS = [1, 2, 3, 4] as const;

/** The time an answer took as it is stored: whole milliseconds within 0..RECORD_LIMITS.answerMs. */
export function answerMs(ms: number): number {
	return Number.isFinite(ms) ? Math.min(L.answerMs, Math.max(0, Math.round(ms))) : 0;
}

/**
 * An answer as it is stored: text, a number, true/false, or a list of those or of pairs (JSON-safe, two
 * levels at most), with each text cut to RECORD_LIMITS.givenText and each list to givenItems. Anything
 * else (an object, a function) is not an answer and is stored as null.
 */
export function capGiven(given: unknown, depth = 0): unknown {
	if (typeof given === 'string') return given.slice(0, L.givenText);
	if (typeof given === 'boolean') return given;
	if (typeof given === 'number') return Number.isFinite(given) ? given : null;
	if (Array.isArray(given) && depth < 2) {
		return given.slice(0, L.givenItems).map((g: unknown) => capGiven(g, depth + 1));
	}
	return null;
}

/** Checks an answer against the shape capGiven gives; returns it. */
export function checkGiven(v: unknown, path: string, depth = 0): unknown {
	if (v === null || typeof v === 'boolean') return v;
	if (typeof v === 'string') return text(v, path, L.givenText);
	if (typeof v === 'number') return num(v, path, -Number.MAX_VALUE, Number.MAX_VALUE);
	if (Array.isArray(v) && depth < 2) {
		if (v.length > L.givenItems) fail(path, 'too-long', `holds ${v.length} items, over ${L.givenItems}`);
		return v.map((g: unknown, i) => checkGiven(g, `${path}[${i}]`, depth + 1));
	}
	return fail(path, 'wrong-type', `is ${show(v)}, which is not an answer`);
}

/** A review as storage writes it: the answer time and the answer brought within their bounds. */
export function normalizeReview(review: ReviewRecord): ReviewRecord {
	return { ...review, ms: answerMs(review.ms), given: capGiven(review.given) };
}

/** A quiz answer as storage writes it (see normalizeReview). */
export function normalizeAnswer(answer: QuizAnswer): QuizAnswer {
	return { ...answer, ms: answerMs(answer.ms), given: capGiven(answer.given) };
}

/** An attempt as storage writes it: each answer normalised. */
export function normalizeAttempt(attempt: QuizAttempt): QuizAttempt {
	return { ...attempt, answers: attempt.answers.map((a) => (a ? normalizeAnswer(a) : null)) };
}

/**
 * True when a review is the correcting review of "I was right" in a quiz: the checker's grade kept, yet
 * counted correct, rated Good and taking no time (quiz.svelte.ts writes exactly this).
 */
export const isOverruleReview = (r: ReviewRecord) =>
	r.mode === 'quiz' && r.grade !== undefined && !isCorrectGrade(r.grade) && r.correct && r.rating === 3;

/**
 * Checks one review and returns a clean copy (known fields only). Grade, rating and correct must agree as
 * the app derives them: a flashcard is rated, never graded, and counts correct unless rated Again; a graded
 * answer has the rating and verdict of its grade, or is the correcting review of an overruled quiz answer.
 *
 * @example checkReviewRecord({ ...review, grade: 'wrong', correct: true, rating: 1 }, 'reviews[0]') // throws: reviews[0].correct
 */
export function checkReviewRecord(v: unknown, path: string, window?: TimeWindow): ReviewRecord {
	const o = object(v, path);
	const at = (k: string) => `${path}.${k}`;
	const get = (k: string) => field(o, k);
	const review: ReviewRecord = {
		id: id(get('id'), at('id'), L.reviewIdLength),
		questionId: id(get('questionId'), at('questionId')),
		deckId: id(get('deckId'), at('deckId')),
		mode: oneOf(get('mode'), at('mode'), MODES),
		given: checkGiven(get('given') ?? null, at('given')),
		rating: oneOf(get('rating'), at('rating'), RATINGS),
		correct: bool(get('correct'), at('correct')),
		ms: num(get('ms'), at('ms'), 0, L.answerMs),
		at: time(get('at'), at('at'), window)
	};
	if (get('grade') !== undefined) review.grade = oneOf(get('grade'), at('grade'), GRADES);
	if (get('attemptId') !== undefined) review.attemptId = id(get('attemptId'), at('attemptId'));
	if (get('topic') !== undefined) review.topic = oneOf(get('topic'), at('topic'), TOPICS);
	if (get('type') !== undefined) review.type = oneOf(get('type'), at('type'), QUESTION_TYPES);
	checkVerdict(review, path);
	return review;
}

function checkVerdict(r: ReviewRecord, path: string): void {
	if (r.grade === undefined) {
		if (r.correct !== r.rating > 1) {
			fail(`${path}.correct`, 'inconsistent', `is ${r.correct} for a rating of ${r.rating}`);
		}
		return;
	}
	if (r.mode === 'flashcards') fail(`${path}.grade`, 'inconsistent', 'is set on a flashcard, which is rated');
	if (isOverruleReview(r)) {
		if (r.attemptId === undefined) fail(`${path}.attemptId`, 'missing', 'is missing on an overruled answer');
		return;
	}
	if (r.correct !== isCorrectGrade(r.grade)) {
		fail(`${path}.correct`, 'inconsistent', `is ${r.correct} for the grade "${r.grade}"`);
	}
	if (r.rating !== gradeToRating(r.grade)) {
		fail(`${path}.rating`, 'inconsistent', `is ${r.rating} for the grade "${r.grade}"`);
	}
}

function checkQuizSettings(v: unknown, path: string): QuizSettings {
	const o = object(v, path);
	const at = (k: string) => `${path}.${k}`;
	const length = field(o, 'length');
	const limit = field(o, 'timeLimit');
	return {
		length: length === 'all' ? 'all' : num(length, at('length'), 1, L.quizQuestions, true),
		topics: list(field(o, 'topics'), at('topics'), TOPICS.length, (t, p) => oneOf(t, p, TOPICS)),
		types: list(field(o, 'types'), at('types'), QUIZ_TYPES.length, (t, p) => oneOf(t, p, QUIZ_TYPES)),
		// Minutes; the setup screen offers 5, 10 and 15, an older app may have offered others.
		timeLimit: limit === null ? null : num(limit, at('timeLimit'), 1, L.timeLimitMinutes)
	};
}

function list<T>(
	v: unknown,
	path: string,
	max: number,
	each: (item: unknown, path: string, index: number) => T
): T[] {
	if (v === undefined) fail(path, 'missing', 'is missing');
	if (!Array.isArray(v)) fail(path, 'wrong-type', `must be a list, is ${show(v)}`);
	if (v.length > max) fail(path, 'too-long', `holds ${v.length} items, over ${max}`);
	return v.map((item: unknown, i) => each(item, `${path}[${i}]`, i));
}

/** Checks one quiz answer, given for the question `questionId`; returns a clean copy. */
export function checkQuizAnswer(
	v: unknown,
	path: string,
	questionId: string,
	window?: TimeWindow
): QuizAnswer {
	const o = object(v, path);
	const at = (k: string) => `${path}.${k}`;
	const get = (k: string) => field(o, k);
	const answer: QuizAnswer = {
		questionId: id(get('questionId'), at('questionId')),
		given: checkGiven(get('given') ?? null, at('given')),
		grade: oneOf(get('grade'), at('grade'), GRADES),
		correct: bool(get('correct'), at('correct')),
		ms: num(get('ms'), at('ms'), 0, L.answerMs),
		at: time(get('at'), at('at'), window)
	};
	if (answer.questionId !== questionId) {
		fail(
			at('questionId'),
			'inconsistent',
			`is ${show(answer.questionId)}, the quiz asked ${show(questionId)}`
		);
	}
	if (get('overruled') !== undefined) answer.overruled = bool(get('overruled'), at('overruled'));
	// Only a wrong or near answer can be overruled ("I was right").
	if (answer.overruled && isCorrectGrade(answer.grade)) {
		fail(at('overruled'), 'inconsistent', `is set on an answer graded "${answer.grade}"`);
	}
	if (answer.correct !== (answer.overruled || isCorrectGrade(answer.grade))) {
		fail(at('correct'), 'inconsistent', `is ${answer.correct} for the grade "${answer.grade}"`);
	}
	return answer;
}

/**
 * Checks a quiz attempt and returns a clean copy: settings within what the setup screen offers, distinct
 * question ids, answers that belong to their question and agree with their grade, a finish not before the
 * start, and a score that is the attempt's own (scoreAttempt).
 */
export function checkQuizAttempt(v: unknown, path: string, window?: TimeWindow): QuizAttempt {
	const o = object(v, path);
	const at = (k: string) => `${path}.${k}`;
	const get = (k: string) => field(o, k);
	const questionIds = list(get('questionIds'), at('questionIds'), L.quizQuestions, (q, p) => id(q, p));
	if (!questionIds.length) fail(at('questionIds'), 'empty', 'is empty: a quiz has at least one question');
	const seen = new Set<string>();
	questionIds.forEach((q, i) => {
		if (seen.has(q)) fail(`${at('questionIds')}[${i}]`, 'duplicate', `asks ${show(q)} twice`);
		seen.add(q);
	});
	const answers = list(get('answers'), at('answers'), questionIds.length, (a, p, i) =>
		a === null ? null : checkQuizAnswer(a, p, questionIds[i]!, window)
	);
	const attempt: QuizAttempt = {
		id: id(get('id'), at('id')),
		deckId: id(get('deckId'), at('deckId')),
		settings: checkQuizSettings(get('settings'), at('settings')),
		questionIds,
		answers,
		startedAt: time(get('startedAt'), at('startedAt'), window)
	};
	if (get('finishedAt') !== undefined) {
		attempt.finishedAt = time(get('finishedAt'), at('finishedAt'), window);
		if (attempt.finishedAt < attempt.startedAt) {
			fail(at('finishedAt'), 'inconsistent', 'is before the quiz started');
		}
	}
	if (get('score') !== undefined) {
		const score = num(get('score'), at('score'), 0, 1);
		if (attempt.finishedAt === undefined) fail(at('score'), 'inconsistent', 'is set on an unfinished quiz');
		if (Math.abs(score - scoreAttempt(attempt).ratio) > 1e-9) {
			fail(at('score'), 'inconsistent', `is ${score}, its answers score ${scoreAttempt(attempt).ratio}`);
		}
		attempt.score = score;
	}
	return attempt;
}

/**
 * Checks a deck and returns a clean copy. An imported deck's bank must list questions with an id, a known
 * type and topic; the built-in deck never stores its bank (the app ships it), so one in a record is dropped.
 */
export function checkDeckRecord(v: unknown, path: string, window?: TimeWindow): DeckRecord {
	const o = object(v, path);
	const at = (k: string) => `${path}.${k}`;
	const get = (k: string) => field(o, k);
	const deck: DeckRecord = {
		id: id(get('id'), at('id')),
		title: text(get('title'), at('title'), L.textLength),
		source: text(get('source'), at('source'), L.textLength),
		kind: oneOf(get('kind'), at('kind'), ['builtin', 'imported'] as const),
		createdAt: time(get('createdAt'), at('createdAt'), window)
	};
	if (deck.kind === 'imported' && get('bank') !== undefined) {
		const bank = object(get('bank'), at('bank'));
		list(field(bank, 'questions'), at('bank.questions'), L.quizQuestions, (q, p) => {
			const question = object(q, p);
			id(field(question, 'id'), `${p}.id`);
			oneOf(field(question, 'type'), `${p}.type`, QUESTION_TYPES);
			oneOf(field(question, 'topic'), `${p}.topic`, TOPICS);
		});
		deck.bank = bank;
		if (get('text') !== undefined) deck.text = text(get('text'), at('text'), L.articleLength);
		if (get('facts') !== undefined) {
			// Checked fact by fact against the text when the deck is built again (re-review, a deck file).
			const facts = object(get('facts'), at('facts'));
			list(field(facts, 'facts'), at('facts.facts'), L.quizQuestions, (f, p) => object(f, p));
			deck.facts = facts;
		}
	}
	return deck;
}

/** The question ids an imported deck's bank holds, or null when the record does not say. */
export function bankQuestionIds(deck: DeckRecord): Set<string> | null {
	const questions = isObject(deck.bank) ? deck.bank.questions : undefined;
	if (!Array.isArray(questions)) return null;
	return new Set(questions.map((q: unknown) => (isObject(q) ? String(q.id) : '')));
}
