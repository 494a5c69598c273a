/**
 * Boundary checks shared by the IndexedDB store and the in-memory fallback, run on every write. What only
 * repair and import need lives in maintenance.ts, loaded on demand.
 */
import { checkCardRecord, RecordRuleError } from '../domain/record-rules';
import {
	checkQuizAnswer,
	checkQuizAttempt,
	checkReviewRecord,
	normalizeAnswer,
	normalizeAttempt,
	normalizeReview
} from '../domain/progress-rules';
import type { QuizProgress } from './contract';
import { StorageInputError } from './errors';
import type { ScheduleOptions } from '../domain/scheduling';
import { checkAcceptedAnswer, checkQuestionFlag } from '../domain/flags';
import type { AcceptedAnswer, CardRecord, QuestionFlag, QuizAttempt, ReviewRecord } from '../domain/records';
import { settingsOrDefaults, type Settings } from '../domain/settings';

/** Runs a record rule; a broken rule is the caller's bug, reported as StorageInputError. */
function rule<T>(what: string, check: () => T): T {
	try {
		return check();
	} catch (e) {
		if (e instanceof RecordRuleError) throw new StorageInputError(`${what}: ${e.message}`);
		throw e;
	}
}

/**
 * Checks an answer's review and card against the record rules and against each other; returns them as they
 * are stored (the review normalised: answer time and text within bounds, unknown fields dropped).
 */
export function checkReview(
	review: ReviewRecord,
	card: CardRecord
): { review: ReviewRecord; card: CardRecord } {
	const clean = rule('recordReview', () => checkReviewRecord(normalizeReview(review), 'review'));
	const next = rule('recordReview', () => checkCardRecord(card, 'card'));
	if (clean.questionId !== next.questionId) {
		throw new StorageInputError(
			`recordReview: review is for "${clean.questionId}" but the card is "${next.questionId}"`
		);
	}
	if (clean.deckId !== next.deckId) {
		throw new StorageInputError(
			`recordReview: review is in deck "${clean.deckId}" but the card in "${next.deckId}"`
		);
	}
	return { review: clean, card: next };
}

/** Writes the quiz answer into a copy of the attempt; throws when the answer does not belong to it. */
export function withAnswer(attempt: QuizAttempt | undefined, quiz: QuizProgress): QuizAttempt {
	if (!attempt) throw new StorageInputError(`recordReview: no quiz attempt "${quiz.attemptId}"`);
	const { index } = quiz;
	const answer = normalizeAnswer(quiz.answer);
	if (!Number.isInteger(index) || index < 0 || index >= attempt.questionIds.length) {
		throw new StorageInputError(`recordReview: answer index ${index} is outside attempt "${attempt.id}"`);
	}
	if (attempt.questionIds[index] !== answer.questionId) {
		throw new StorageInputError(
			`recordReview: question ${index} of attempt "${attempt.id}" is "${attempt.questionIds[index]}", not "${answer.questionId}"`
		);
	}
	const answers = Array.from(
		{ length: Math.max(attempt.answers.length, index + 1) },
		(_, i) => attempt.answers[i] ?? null
	);
	// Only the new answer is checked: what the attempt held before is repair's business, and must not
	// stop this answer from being saved.
	answers[index] = rule('recordReview', () =>
		checkQuizAnswer(answer, `attempt.answers[${index}]`, answer.questionId)
	);
	return { ...attempt, answers };
}

/** Checks an attempt against the record rules; returns it as stored (answers normalised). */
export function checkAttempt(attempt: QuizAttempt): QuizAttempt {
	const normal = Array.isArray(attempt?.answers) ? normalizeAttempt(attempt) : attempt;
	return rule('saveAttempt', () => checkQuizAttempt(normal, 'attempt'));
}

export { checkSettings } from '../domain/settings';

/** Checks a report against the record rules; returns it as stored. */
export function checkFlag(flag: QuestionFlag): QuestionFlag {
	return rule('flagQuestion', () => checkQuestionFlag(flag, 'flag'));
}

/** Checks a remembered answer against the record rules; returns it as stored. */
export function checkAccepted(answer: AcceptedAnswer): AcceptedAnswer {
	return rule('acceptAnswer', () => checkAcceptedAnswer(answer, 'accepted'));
}

/** The newest attempt without finishedAt. */
export function newestUnfinished(attempts: QuizAttempt[]): QuizAttempt | undefined {
	let best: QuizAttempt | undefined;
	for (const a of attempts) {
		if (a.finishedAt === undefined && (!best || a.startedAt > best.startedAt)) best = a;
	}
	return best;
}

/** Cards are replayed with the learner's current retention goal, as study.answer schedules them. */
export function retention(settings: Settings | undefined | null): ScheduleOptions {
	return { desiredRetention: settingsOrDefaults(settings).settings.desiredRetention, fuzz: true };
}
