/**
 * What flashcard study holds today, without ordering it: the home screen and the statistics show these
 * counts and so do not carry the queue's sibling ordering (flashcards.ts builds the queue from the same
 * split). Pure.
 *
 * The daily allowance of new cards counts only flashcards first studied in flashcard study during today's
 * study day (study-day.ts). Quiz, learn and match answers are practice: each of those questions keeps its own
 * memory state, and none of them uses the allowance or moves a flashcard's schedule (as in Anki, where only
 * cards introduced in review count against the new-card limit).
 */
import type { Question } from './types';
import type { CardRecord, ReviewRecord } from './records';
import { isDue, isNew } from './due';
import { studyDayBounds, type DayRule } from './study-day';

/**
 * How far ahead a card in learning counts as due (Anki's "learn ahead limit", 20 minutes by default): a card
 * just failed comes back within the same sitting, so "due" counts it and the day is not "done" while it
 * waits a minute or two. Review cards are never shown early.
 */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

/** True for a card in its learning or relearning steps (FSRS states 1 and 3). */
const inLearning = (card: CardRecord) => card.state === 1 || card.state === 3;

class QueueInputError extends Error {
	override name = 'QueueInputError';
}

export interface QueueInput<Q extends Pick<Question, 'id' | 'type'> = Question> {
	/** The deck's flashcard questions, in bank order (new cards are introduced in this order). */
	questions: readonly Q[];
	/** Card state by question id; a question without a card is new. */
	cards: ReadonlyMap<string, CardRecord>;
	now: Date;
	/** How many new cards may still be introduced today (daily goal minus those already introduced). */
	newLimit: number;
	/** Fact ids of the card shown just before, so the queue does not open with its sibling. */
	previousFactIds?: readonly string[];
}

export interface QueueSplit<Q = Question> {
	/** Due reviews, most overdue first (bank order among equals). */
	due: Q[];
	/**
	 * Learning cards not due yet but due within LEARN_AHEAD_MS, soonest first: shown after everything else, as
	 * Anki does, and counted as due.
	 */
	ahead: Q[];
	/** New cards, in bank order, at most `newLimit`. */
	fresh: Q[];
	/** Earliest due time (epoch ms) of a studied card not due yet; null if none. */
	nextDue: number | null;
	/** Flashcards never studied, whatever the limit. */
	newTotal: number;
}

/** Sorts the deck's flashcards into due reviews and today's new cards. Only flashcard questions count. */
export function splitFlashcards<Q extends Pick<Question, 'id' | 'type'>>(
	input: QueueInput<Q>
): QueueSplit<Q> {
	const { questions, cards, now } = input;
	if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
		throw new QueueInputError('splitFlashcards: now must be a valid Date');
	}
	if (!Number.isFinite(input.newLimit)) {
		throw new QueueInputError(`splitFlashcards: newLimit must be a number, got ${input.newLimit}`);
	}
	const t = now.getTime();
	const due: { q: Q; at: number }[] = [];
	const ahead: { q: Q; at: number }[] = [];
	const fresh: Q[] = [];
	let nextDue: number | null = null;
	for (const q of questions) {
		if (q.type !== 'flashcard') continue;
		const card = cards.get(q.id);
		if (!card || isNew(card)) {
			fresh.push(q);
		} else if (isDue(card, now)) {
			due.push({ q, at: card.due });
		} else if (inLearning(card) && card.due <= t + LEARN_AHEAD_MS) {
			ahead.push({ q, at: card.due });
		} else if (nextDue === null || card.due < nextDue) {
			nextDue = card.due;
		}
	}
	// Stable sort keeps bank order among cards due at the same moment.
	due.sort((a, b) => a.at - b.at);
	ahead.sort((a, b) => a.at - b.at);
	return {
		due: due.map((d) => d.q),
		ahead: ahead.map((d) => d.q),
		fresh: fresh.slice(0, Math.max(0, Math.floor(input.newLimit))),
		nextDue,
		newTotal: fresh.length
	};
}

/**
 * How many flashcards were first studied in [from, to): a question whose earliest flashcard-study review
 * falls in the window. Reviews from other modes never count (see the file comment).
 */
export function flashcardsIntroducedBetween(
	reviews: readonly ReviewRecord[],
	from: number,
	to: number
): number {
	const first = new Map<string, number>();
	for (const r of reviews) {
		if (r.mode !== 'flashcards') continue;
		const seen = first.get(r.questionId);
		if (seen === undefined || r.at < seen) first.set(r.questionId, r.at);
	}
	let n = 0;
	for (const at of first.values()) if (at >= from && at < to) n++;
	return n;
}

export interface FlashcardToday {
	/** Studied flashcards due now, and learning cards due within the learn-ahead limit. */
	due: number;
	/** New flashcards today's allowance still offers. */
	fresh: number;
	/** Flashcards never studied. */
	newTotal: number;
	/** Flashcards first studied today. */
	introduced: number;
	/** Earliest due time of a studied card not due yet; null if none. */
	nextDue: number | null;
}

/**
 * Today's flashcard figures: the one computation home, the statistics screen and the flashcard screen
 * share. Without a daily goal every new card is offered.
 */
export function flashcardToday(input: {
	questions: readonly Pick<Question, 'id' | 'type'>[];
	cards: ReadonlyMap<string, CardRecord>;
	reviews: readonly ReviewRecord[];
	now: Date;
	dailyGoal?: number;
	/** Extra new cards the learner asked for today ("study more new cards"). */
	extraNew?: number;
	day: DayRule;
}): FlashcardToday {
	const [from, to] = studyDayBounds(input.now, input.day);
	const introduced = flashcardsIntroducedBetween(input.reviews, from, to);
	const goal = input.dailyGoal;
	const newLimit =
		goal === undefined || !Number.isFinite(goal)
			? Number.MAX_SAFE_INTEGER
			: Math.max(0, Math.floor(goal) + (input.extraNew ?? 0) - introduced);
	const split = splitFlashcards({ questions: input.questions, cards: input.cards, now: input.now, newLimit });
	return {
		due: split.due.length + split.ahead.length,
		fresh: split.fresh.length,
		newTotal: split.newTotal,
		introduced,
		nextDue: split.nextDue
	};
}
