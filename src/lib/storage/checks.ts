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
import { AttemptConflictError } from './conflict';
import { StorageInputError } from './errors';
import type { ScheduleOptions } from '../domain/scheduling';
import { checkAcceptedAnswer, checkQuestionFlag } from '../domain/flag-rules';
import type {
	AcceptedAnswer,
	CardRecord,
	QuestionFlag,
	QuizAnswer,
	QuizAttempt,
	ReviewRecord
} from '../domain/records';
import { checkSettings, settingsOrDefaults, type Settings } from '../domain/settings';

export { checkSettings };

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

/** The same answer: one tab stamps each answer with its own time; an overrule changes correct and the mark. */
const sameAnswer = (a: QuizAnswer, b: QuizAnswer | null | undefined): boolean =>
	!!b &&
	a.questionId === b.questionId &&
	a.at === b.at &&
	a.correct === b.correct &&
	!a.overruled === !b.overruled;

/**
 * Writes the quiz answer into a copy of the attempt AS STORED; throws when the answer does not belong to it,
 * and AttemptConflictError when the attempt is finished or that question already has an answer (another
 * tab got there first). The one change allowed to an answered question is the overrule of that same answer.
 */
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
	if (attempt.finishedAt !== undefined) throw new AttemptConflictError(attempt, 'it is finished');
	const before = attempt.answers[index];
	const overrule = !!before && !before.correct && !!answer.overruled && before.at === answer.at;
	if (before && !overrule) throw new AttemptConflictError(attempt, `question ${index} is answered`);
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

/**
 * A whole attempt may replace the stored one only if it keeps every answer stored (ending early drops the
 * questions never reached, not answers) and the stored one is not finished: else this tab's copy is stale
 * and would write over another tab's answers. Returns false when the write would change nothing.
 */
export function replacesAttempt(stored: QuizAttempt | undefined, next: QuizAttempt): boolean {
	if (!stored) return true;
	const kept = stored.answers.every((a) => !a || next.answers.some((b) => sameAnswer(a, b)));
	if (stored.finishedAt !== undefined) {
		if (kept && next.finishedAt === stored.finishedAt && next.answers.length === stored.answers.length)
			return false;
		throw new AttemptConflictError(stored, 'it is finished');
	}
	if (!kept) throw new AttemptConflictError(stored, 'it holds answers this copy lacks');
	return true;
}

/** Checks an attempt against the record rules; returns it as stored (answers normalised). */
export function checkAttempt(attempt: QuizAttempt): QuizAttempt {
	const normal = Array.isArray(attempt?.answers) ? normalizeAttempt(attempt) : attempt;
	return rule('saveAttempt', () => checkQuizAttempt(normal, 'attempt'));
}

/**
 * The settings as stored after `patch` (a key set to undefined is removed), checked; null when they would
 * not change, so nothing is written. A patch, not the whole: a tab writes only what the learner changed in
 * it, never its older copy of the rest (another tab may have changed that meanwhile).
 */
export function patchSettings(stored: unknown, patch: Partial<Settings>): Settings | null {
	const next = checkSettings({ ...settingsOrDefaults(stored).settings, ...patch });
	return sameJson(stored, next) ? null : next;
}

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

/** Defined keys: a key holding undefined is the same as no key, as it is for the app's readers. */
const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);

/** Equal as stored data (plain records; key order does not matter). */
function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = keys(a);
	if (ka.length !== keys(b).length) return false;
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	return ka.every((k) => sameJson(ra[k], rb[k]));
}
