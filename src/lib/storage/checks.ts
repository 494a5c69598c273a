/**
 * Boundary checks shared by the IndexedDB store and the in-memory fallback, run on every write. What only
 * repair and import need lives in maintenance.ts, loaded on demand.
 */
import { isCardRecord } from '../domain/card-record';
import type { QuizProgress } from './contract';
import { StorageInputError } from './errors';
import type { ScheduleOptions } from '../domain/scheduling';
import { type CardRecord, type QuizAttempt, type ReviewRecord } from '../domain/records';
import { settingsOrDefaults, type Settings } from '../domain/settings';

export function checkReview(review: ReviewRecord, card: CardRecord): void {
	if (!review?.id) throw new StorageInputError('recordReview: the review has no id');
	if (!isCardRecord(card))
		throw new StorageInputError(
			`recordReview: the card of "${review.questionId}" is not a valid card record`
		);
	if (review.questionId !== card.questionId) {
		throw new StorageInputError(
			`recordReview: review is for "${review.questionId}" but the card is "${card.questionId}"`
		);
	}
	if (review.deckId !== card.deckId) {
		throw new StorageInputError(
			`recordReview: review is in deck "${review.deckId}" but the card in "${card.deckId}"`
		);
	}
	if (![1, 2, 3, 4].includes(review.rating))
		throw new StorageInputError(`recordReview: rating ${review.rating} is not 1-4`);
	if (!Number.isFinite(review.at)) throw new StorageInputError('recordReview: review.at is not a time');
}

/** Writes the quiz answer into a copy of the attempt; throws when the answer does not belong to it. */
export function withAnswer(attempt: QuizAttempt | undefined, quiz: QuizProgress): QuizAttempt {
	if (!attempt) throw new StorageInputError(`recordReview: no quiz attempt "${quiz.attemptId}"`);
	const { index, answer } = quiz;
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
	answers[index] = answer;
	return { ...attempt, answers };
}

export function checkAttempt(attempt: QuizAttempt): void {
	if (!attempt?.id || !attempt.deckId)
		throw new StorageInputError('saveAttempt: the attempt needs an id and a deckId');
	if (!Array.isArray(attempt.questionIds) || !Array.isArray(attempt.answers)) {
		throw new StorageInputError(`saveAttempt: attempt "${attempt.id}" needs questionIds and answers lists`);
	}
	if (!Number.isFinite(attempt.startedAt))
		throw new StorageInputError(`saveAttempt: attempt "${attempt.id}" has no startedAt`);
}

export { checkSettings } from '../domain/settings';

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
