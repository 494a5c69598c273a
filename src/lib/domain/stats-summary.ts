/**
 * The statistics the home screen shows: today's figures, the streak and mastery by topic, with the day
 * arithmetic they share with the statistics screen. Split from stats.ts (which re-exports its types) so
 * the home screen loads neither the charts nor the FSRS scheduler that the forecast needs.
 *
 * Pure: `now` and the learner's day rule (start hour and time zone, study-day.ts) are passed in, so tests are
 * deterministic. A "day" is a study day (study-day.ts), the same one the flashcard allowance counts.
 *
 * Activity (reviewed, streak, heatmap, accuracy) counts every review, even of questions that have since left
 * the bank: that work was done. Scheduling figures (due now, new left, mastery, forecast) only consider
 * questions that are in the bank, because a question that left it is never asked again.
 */
import type { Question, Topic } from './types';
import type { CardRecord, ReviewRecord } from './records';
import { isNew } from './due';
import { flashcardToday } from './flashcard-counts';
import { retrievability } from './forgetting-curve';
import { dayRule, studyDay, studyDayStart, type DayRule } from './study-day';

const DAY = 86_400_000;

/** A card counts as mastered from this stability on (days): FSRS expects it to be remembered for weeks. */
const MASTERY_STABILITY_DAYS = 21;
/** ...and while the chance of recalling it now is still at least this (a long-neglected card drops out). */
export const MASTERY_MIN_RETRIEVABILITY = 0.8;

export class StatsInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StatsInputError';
	}
}

/** The time of `now`; throws StatsInputError for an invalid date (shared with stats.ts). */
export function checkNow(now: Date): number {
	const t = now instanceof Date ? now.getTime() : Number.NaN;
	if (!Number.isFinite(t)) throw new StatsInputError(`now must be a valid Date, got ${String(now)}`);
	return t;
}

/** Per-day totals of the review log, built once and shared by every chart. */
export interface DayTally {
	total: number;
	correct: number;
}

/** Counts reviews and correct answers per study day. Reviews with an invalid timestamp are skipped. */
export function tallyByDay(reviews: readonly ReviewRecord[], rule: DayRule): Map<number, DayTally> {
	const byDay = new Map<number, DayTally>();
	for (const r of reviews) {
		if (!Number.isFinite(r.at)) continue;
		const day = studyDay(r.at, rule);
		let tally = byDay.get(day);
		if (!tally) {
			tally = { total: 0, correct: 0 };
			byDay.set(day, tally);
		}
		tally.total++;
		if (r.correct) tally.correct++;
	}
	return byDay;
}

/** Cards as the app holds them (a map by question id) or as a list. */
export type CardSource = ReadonlyMap<string, CardRecord> | readonly CardRecord[];

function cardList(cards: CardSource): CardRecord[] {
	return Array.isArray(cards)
		? (cards as CardRecord[])
		: [...(cards as ReadonlyMap<string, CardRecord>).values()];
}

/** The cards of questions still in the bank, keyed by question id (shared with stats.ts). */
export function bankCards(
	cards: CardSource,
	questions: readonly Pick<Question, 'id'>[]
): Map<string, CardRecord> {
	const ids = new Set(questions.map((q) => q.id));
	const out = new Map<string, CardRecord>();
	for (const c of cardList(cards)) if (ids.has(c.questionId)) out.set(c.questionId, c);
	return out;
}

/** A card that has never been answered: no record, or FSRS state New (shared with stats.ts). */
export function isUnstudied(card: CardRecord | undefined): boolean {
	return !card || isNew(card);
}

export interface TodayStats {
	/** Answers given today (all questions, even those no longer in the bank). */
	reviewed: number;
	correct: number;
	/** Correct share of today's answers, 0..1, or null when nothing was answered today. */
	accuracy: number | null;
	/** Studied flashcards due now (the "due" count of flashcard study). */
	dueNow: number;
	/** Flashcards never studied. */
	newTotal: number;
	/** New flashcards still to start today: never-studied ones, capped by the daily goal's allowance. */
	newLeft: number;
	/** Flashcards first studied today (quiz, learn and match answers are practice and never count). */
	newStudiedToday: number;
}

/**
 * Today's figures. Due and new counts are those of flashcard study (flashcard-counts.ts), so home, the
 * flashcard screen and the statistics screen always show the same numbers.
 */
export function todayStats(
	reviews: readonly ReviewRecord[],
	cards: CardSource,
	questions: readonly Pick<Question, 'id' | 'type'>[],
	now: Date,
	options: { day?: DayRule; dailyGoal?: number; tally?: Map<number, DayTally> } = {}
): TodayStats {
	const t = checkNow(now);
	const rule = options.day ?? dayRule();
	const tally = options.tally ?? tallyByDay(reviews, rule);
	const day = tally.get(studyDay(t, rule)) ?? { total: 0, correct: 0 };
	const flash = flashcardToday({
		questions,
		cards: bankCards(cards, questions),
		reviews,
		now,
		dailyGoal: options.dailyGoal,
		day: rule
	});
	return {
		reviewed: day.total,
		correct: day.correct,
		accuracy: day.total > 0 ? day.correct / day.total : null,
		dueNow: flash.due,
		newTotal: flash.newTotal,
		newLeft: flash.fresh,
		newStudiedToday: flash.introduced
	};
}

export interface Streak {
	/** Consecutive study days ending today, or ending yesterday when nothing is done yet today (Anki's rule). */
	current: number;
	/** The longest run of consecutive study days in the whole log. */
	longest: number;
	studiedToday: boolean;
}

/**
 * The current streak as `streak(...).current` gives it, counted one study day at a time from today back
 * (`countDay` answers how many reviews fall in [from, to)). Home uses it: the work grows with the streak,
 * not with the whole log. `maxDays` bounds the walk (a streak longer than that reads as `maxDays`).
 */
export async function currentStreak(
	countDay: (from: number, to: number) => Promise<number>,
	now: Date,
	options: { day?: DayRule; maxDays?: number } = {}
): Promise<number> {
	const rule = options.day ?? dayRule();
	const maxDays = options.maxDays ?? 36_500;
	const has = async (d: number) => (await countDay(studyDayStart(d, rule), studyDayStart(d + 1, rule))) > 0;
	const today = studyDay(checkNow(now), rule);
	let d = (await has(today)) ? today : today - 1;
	let current = 0;
	while (current < maxDays && (await has(d))) {
		current++;
		d--;
	}
	return current;
}

export interface TopicMastery {
	topic: Topic;
	total: number;
	mastered: number;
	learning: number;
	new: number;
}

export interface Mastery {
	topics: TopicMastery[];
	total: number;
	mastered: number;
	learning: number;
	new: number;
}

/**
 * Whether a card is mastered: in FSRS Review state, with a stability of at least 21 days (it is expected
 * to be remembered for weeks), and still likely remembered now (retrievability >= 0.8, so a card left
 * unreviewed for months drops back to "learning").
 */
export function isMastered(card: CardRecord, now: Date): boolean {
	if (card.state !== 2 || card.stability < MASTERY_STABILITY_DAYS) return false;
	const last = card.lastReview ?? card.due - card.scheduledDays * DAY;
	const elapsedDays = Math.max(0, (now.getTime() - last) / DAY);
	return retrievability(elapsedDays, card.stability) >= MASTERY_MIN_RETRIEVABILITY;
}

export type MasteryLevel = 'new' | 'learning' | 'mastered';

/** Where a question's card stands: never studied, being learnt, or mastered (isMastered). */
export function masteryLevel(card: CardRecord | undefined, now: Date): MasteryLevel {
	return isUnstudied(card) ? 'new' : isMastered(card as CardRecord, now) ? 'mastered' : 'learning';
}

/** Mastery over the given questions, whatever their topic: what the home screen shows. */
export function masteryTotals(
	cards: CardSource,
	questions: readonly Pick<Question, 'id'>[],
	now: Date
): Omit<Mastery, 'topics'> {
	checkNow(now);
	const inBank = bankCards(cards, questions);
	const all = { total: questions.length, mastered: 0, learning: 0, new: 0 };
	for (const q of questions) all[masteryLevel(inBank.get(q.id), now)]++;
	return all;
}
