/**
 * The training quiz, as pure functions: build an attempt from settings + bank + a seeded rng, record
 * answers, score it, break it down by topic and make a "retry the missed ones" attempt. Time and
 * randomness come in as arguments so that tests are deterministic; the UI owns `new Date()`.
 */
import type { QuizAnswer, QuizAttempt, QuizSettings } from './records';
import type { Rng } from './random';
import { occurrences, segmentsOf, type QuoteSegment } from './quote-marks';
import { pickApart, revealLinks, revealsAmong } from './reveals';
import { QUESTION_TYPES, type Question, type QuestionType, type Topic } from './types';

export type { QuoteSegment } from './quote-marks';

/** Question types a quiz may ask. Flashcards are self-graded, so they are never quiz questions. */
export const QUIZ_TYPES: readonly QuestionType[] = QUESTION_TYPES.filter((t) => t !== 'flashcard');

/** Lengths offered on the setup screen. */
export const QUIZ_LENGTHS: readonly (number | 'all')[] = [10, 20, 'all'];

/** Time limits offered on the setup screen, in minutes (null = none). */
export const QUIZ_TIME_LIMITS: readonly (number | null)[] = [null, 5, 10, 15];

/** Settings are wrong (unknown type, bad length, ...): the message names the field. */
export class QuizSettingsError extends Error {
	override name = 'QuizSettingsError';
}

/** An answer does not fit the attempt (index out of range, wrong question, already answered). */
export class QuizAnswerError extends Error {
	override name = 'QuizAnswerError';
}

/** Checks settings coming from the UI or from storage; throws QuizSettingsError naming what is wrong. */
function assertQuizSettings(settings: QuizSettings): QuizSettings {
	const { length, types, topics, timeLimit } = settings;
	if (length !== 'all' && !(Number.isInteger(length) && length > 0)) {
		throw new QuizSettingsError(`Quiz length must be a positive integer or 'all', got ${String(length)}`);
	}
	if (!Array.isArray(types)) throw new QuizSettingsError('Quiz types must be an array');
	for (const t of types) {
		if (!QUIZ_TYPES.includes(t))
			throw new QuizSettingsError(`Question type "${t}" cannot be asked in a quiz`);
	}
	if (!Array.isArray(topics)) throw new QuizSettingsError('Quiz topics must be an array');
	if (timeLimit !== null && !(typeof timeLimit === 'number' && timeLimit > 0)) {
		throw new QuizSettingsError(
			`Time limit must be null or a positive number of minutes, got ${String(timeLimit)}`
		);
	}
	return settings;
}

/**
 * The questions the settings allow, in bank order. Empty `topics` or `types` mean "all of them", so a
 * learner who clears every chip still gets a quiz rather than an empty one.
 */
export function eligibleQuestions(questions: readonly Question[], settings: QuizSettings): Question[] {
	const types = settings.types.length ? settings.types : QUIZ_TYPES;
	const topics = settings.topics.length ? new Set<Topic>(settings.topics) : null;
	return questions.filter(
		(q) => QUIZ_TYPES.includes(q.type) && types.includes(q.type) && (!topics || topics.has(q.topic))
	);
}

function factKey(q: Question): string {
	return q.factIds[0] ?? q.id;
}

/** a < b, comparing arrays of equal length element by element. */
function lexLess(a: readonly number[], b: readonly number[]): boolean {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
	return false;
}

function sharesFact(a: Question, b: Question): boolean {
	return a.factIds.some((f) => b.factIds.includes(f));
}

/**
 * Reorders so that no question gives away one still to come, and no two neighbours ask about the same fact,
 * where that is possible. Greedy: take the next question that reveals the fewest of those left (by the bank's
 * `reveals`), then one that does not share a fact with the previous one, preferring the fact with the most
 * questions still waiting (the usual way to space out the largest group first); fall back to the original
 * order when every remaining question shares the fact.
 */
export function spreadFacts(questions: readonly Question[]): Question[] {
	const left = questions.slice();
	const waiting = new Set(left.map((q) => q.id));
	const revealedBy = new Map<string, string[]>();
	for (const q of left)
		for (const r of q.reveals ?? [])
			if (waiting.has(r)) revealedBy.set(r, [...(revealedBy.get(r) ?? []), q.id]);
	// What showing q now costs: the questions still to come that it gives away, less those still to come that
	// would give it away (showing it first spares it from them). Eades' greedy order for few backward edges.
	const cost = (q: Question) => {
		let n = revealsAmong(q, waiting);
		for (const by of revealedBy.get(q.id) ?? []) if (waiting.has(by)) n--;
		return n;
	};
	const out: Question[] = [];
	while (left.length) {
		const prev = out[out.length - 1];
		const remaining = new Map<string, number>();
		for (const q of left) remaining.set(factKey(q), (remaining.get(factKey(q)) ?? 0) + 1);
		// Smallest key wins: cheapest, then not a sibling of the previous, then the largest group, then order.
		let best = 0;
		let bestKey: number[] | null = null;
		for (let i = 0; i < left.length; i++) {
			const q = left[i] as Question;
			const sibling = prev !== undefined && sharesFact(prev, q);
			const key = [cost(q), sibling ? 1 : 0, sibling ? 0 : -(remaining.get(factKey(q)) ?? 0)];
			if (!bestKey || lexLess(key, bestKey)) {
				best = i;
				bestKey = key;
			}
		}
		const [picked] = left.splice(best, 1);
		waiting.delete(picked!.id);
		out.push(picked!);
	}
	return out;
}

/**
 * Picks the quiz's questions: those the settings allow, shuffled with the seeded rng, one per fact first, none
 * giving another away (the bank's `reveals`, both ways) unless the pool has too few others; cut to the length,
 * then ordered so that a question does not give away one still to come and one fact is not asked twice in a
 * row. Throws QuizSettingsError when nothing fits.
 */
export function pickQuizQuestions(
	questions: readonly Question[],
	settings: QuizSettings,
	rng: Rng
): Question[] {
	assertQuizSettings(settings);
	const pool = eligibleQuestions(questions, settings);
	if (!pool.length) throw new QuizSettingsError('No question matches the chosen topics and types');
	// Take at most one question per fact first, so a short quiz covers as many facts as it can.
	const shuffled = rng.shuffle(pool);
	const seen = new Set<string>();
	const firsts: Question[] = [];
	const rest: Question[] = [];
	for (const q of shuffled) {
		(seen.has(factKey(q)) ? rest : firsts).push(q);
		seen.add(factKey(q));
	}
	const n = settings.length === 'all' ? pool.length : Math.min(settings.length, pool.length);
	const picked = pickApart([...firsts, ...rest], n, (q) => [q.id], revealLinks(pool));
	return spreadFacts(rng.shuffle(picked));
}

/** A new, unanswered attempt. `id` comes from the caller (the edge has the clock and randomness). */
export function createAttempt(input: {
	id: string;
	deckId: string;
	settings: QuizSettings;
	questionIds: string[];
	now: Date;
}): QuizAttempt {
	if (!input.questionIds.length) throw new QuizSettingsError('A quiz needs at least one question');
	return {
		id: input.id,
		deckId: input.deckId,
		settings: assertQuizSettings(input.settings),
		questionIds: input.questionIds.slice(),
		answers: input.questionIds.map(() => null),
		startedAt: input.now.getTime()
	};
}

/** A short, unique-enough attempt id from time and the rng. */
export function attemptId(now: Date, rng: Rng): string {
	return `quiz-${now.getTime().toString(36)}-${rng.int(36 ** 6).toString(36)}`;
}

/**
 * A practice quiz of the given facts ("Luyện các câu này" on the article's fact sheet): every quiz question of
 * those facts, shuffled, a fact's questions kept apart where the order allows. Throws QuizSettingsError when
 * the facts have no quiz question.
 */
export function factQuizQuestions(
	questions: readonly Question[],
	factIds: readonly string[],
	rng: Rng
): Question[] {
	const wanted = new Set(factIds);
	const pool = questions.filter((q) => QUIZ_TYPES.includes(q.type) && q.factIds.some((f) => wanted.has(f)));
	if (!pool.length) throw new QuizSettingsError(`No quiz question for the facts: ${factIds.join(', ')}`);
	return spreadFacts(rng.shuffle(pool));
}

/** Index of the first unanswered question, or -1 when all are answered. */
export function nextIndex(attempt: QuizAttempt): number {
	return attempt.questionIds.findIndex((_, i) => !attempt.answers[i]);
}

/** Returns a copy of the attempt with the answer at `index`. Throws QuizAnswerError when it does not fit. */
export function withAnswer(attempt: QuizAttempt, index: number, answer: QuizAnswer): QuizAttempt {
	if (!Number.isInteger(index) || index < 0 || index >= attempt.questionIds.length) {
		throw new QuizAnswerError(`Answer index ${index} is outside the quiz of ${attempt.questionIds.length}`);
	}
	if (attempt.questionIds[index] !== answer.questionId) {
		throw new QuizAnswerError(
			`Answer for "${answer.questionId}" given at index ${index}, which asks "${attempt.questionIds[index]}"`
		);
	}
	const answers = attempt.answers.slice();
	while (answers.length < attempt.questionIds.length) answers.push(null);
	answers[index] = answer;
	return { ...attempt, answers };
}

/**
 * The answer after "I was right": counted correct and marked overruled. The grade is kept as the checker
 * gave it, so the record still shows what the automatic check thought.
 */
export function overruleAnswer(answer: QuizAnswer): QuizAnswer {
	return { ...answer, correct: true, overruled: true };
}

/** When a timed attempt runs out (epoch ms), or null without a limit. */
export function deadline(attempt: QuizAttempt): number | null {
	const limit = attempt.settings.timeLimit;
	return limit ? attempt.startedAt + limit * 60_000 : null;
}

/** True when the attempt has a time limit that has passed at `now`. */
export function isExpired(attempt: QuizAttempt, now: Date): boolean {
	const end = deadline(attempt);
	return end !== null && now.getTime() >= end;
}

export interface Score {
	correct: number;
	/** Questions in the attempt (unanswered ones count as missed once finished). */
	total: number;
	answered: number;
	/** 0..1 */
	ratio: number;
}

/** Counts correct answers; questions left unanswered (time ran out) count against the score. */
export function scoreAttempt(attempt: QuizAttempt): Score {
	const total = attempt.questionIds.length;
	let correct = 0;
	let answered = 0;
	for (const a of attempt.answers) {
		if (!a) continue;
		answered++;
		if (a.correct) correct++;
	}
	return { correct, total, answered, ratio: total ? correct / total : 0 };
}

/**
 * Marks the attempt finished at `now`, or at its deadline when that came first (a limit that ran out
 * while the learner was away ends the quiz at the limit, not at their return). `score` is the 0..1 ratio.
 */
export function finishAttempt(attempt: QuizAttempt, now: Date): QuizAttempt {
	if (attempt.finishedAt !== undefined) return attempt;
	const end = deadline(attempt);
	const finishedAt = end !== null ? Math.min(end, now.getTime()) : now.getTime();
	return {
		...attempt,
		finishedAt: Math.max(finishedAt, attempt.startedAt),
		score: scoreAttempt(attempt).ratio
	};
}

/**
 * Ends an attempt before its last question, as the learner asked ("Kết thúc bài"): the questions never
 * reached are dropped, so the score, the topics and "retry the missed ones" are about what was really
 * asked, then it is finished at `now`. Returns null when nothing was answered: there is nothing to show.
 */
export function endEarly(attempt: QuizAttempt, now: Date): QuizAttempt | null {
	if (attempt.finishedAt !== undefined) return attempt;
	const kept = attempt.questionIds.flatMap((id, i) => {
		const a = attempt.answers[i];
		return a ? [{ id, a }] : [];
	});
	if (!kept.length) return null;
	return finishAttempt(
		{ ...attempt, questionIds: kept.map((k) => k.id), answers: kept.map((k) => k.a) },
		now
	);
}

/** Milliseconds from start to finish (or to `now` while running). */
export function elapsedMs(attempt: QuizAttempt, now: Date): number {
	return Math.max(0, (attempt.finishedAt ?? now.getTime()) - attempt.startedAt);
}

export interface TopicScore {
	topic: Topic;
	correct: number;
	total: number;
}

/**
 * Per-topic results, in the order topics first appear in the quiz. Questions no longer in the bank are
 * skipped (the attempt may be older than the bank).
 */
export function topicBreakdown(attempt: QuizAttempt, byId: ReadonlyMap<string, Question>): TopicScore[] {
	const rows = new Map<Topic, TopicScore>();
	attempt.questionIds.forEach((id, i) => {
		const q = byId.get(id);
		if (!q) return;
		const row = rows.get(q.topic) ?? { topic: q.topic, correct: 0, total: 0 };
		row.total++;
		if (attempt.answers[i]?.correct) row.correct++;
		rows.set(q.topic, row);
	});
	return [...rows.values()];
}

export interface Mistake {
	index: number;
	question: Question;
	/** null when the question was never answered (time ran out). */
	answer: QuizAnswer | null;
}

/** The questions answered wrong or left unanswered, in quiz order. */
export function mistakes(attempt: QuizAttempt, byId: ReadonlyMap<string, Question>): Mistake[] {
	const out: Mistake[] = [];
	attempt.questionIds.forEach((id, index) => {
		const q = byId.get(id);
		const answer = attempt.answers[index] ?? null;
		if (q && !answer?.correct) out.push({ index, question: q, answer });
	});
	return out;
}

/**
 * A new attempt of just the missed questions (same settings but length 'all' and the original time limit),
 * spaced so a fact is not repeated back to back. Throws QuizSettingsError when nothing was missed.
 */
export function retryMissed(
	attempt: QuizAttempt,
	byId: ReadonlyMap<string, Question>,
	input: { id: string; now: Date; rng: Rng }
): QuizAttempt {
	const missed = mistakes(attempt, byId).map((m) => m.question);
	if (!missed.length) throw new QuizSettingsError('Nothing to retry: every question was answered right');
	const ordered = spreadFacts(input.rng.shuffle(missed));
	return createAttempt({
		id: input.id,
		deckId: attempt.deckId,
		settings: { ...attempt.settings, length: 'all' },
		questionIds: ordered.map((q) => q.id),
		now: input.now
	});
}

/**
 * Splits a quote into segments, marking every whole-word occurrence of the answer texts (quote-marks.ts), so
 * the UI can render text nodes and <mark> without {@html}. Longer answers win where two overlap. For a
 * question's own quote, markedQuote marks only the occurrence that is its value.
 */
export function quoteSegments(quote: string, answers: readonly string[]): QuoteSegment[] {
	const text = quote.normalize('NFC');
	return segmentsOf(
		text,
		answers.flatMap((a) => occurrences(text, a))
	);
}
