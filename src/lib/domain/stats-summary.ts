/**
 * The statistics the home screen shows: today's figures, the streak and mastery by topic, with the day
 * arithmetic they share with the statistics screen. Split from stats.ts (which re-exports all of it) so
 * the home screen loads neither the charts nor the FSRS scheduler that the forecast needs.
 *
 * Pure: `now` and the learner's time-zone offset are passed in, so tests are deterministic. A "day" is a
 * calendar day in the learner's local time: day numbers count days since 1970-01-01 in that zone. One offset
 * is used for the whole history (the offset at `now`); Vietnam has no daylight saving, and elsewhere a review
 * made within an hour of midnight around a clock change may land on the neighbouring day, which is harmless.
 *
 * Activity (reviewed, streak, heatmap, accuracy) counts every review, even of questions that have since left
 * the bank: that work was done. Scheduling figures (due now, new left, mastery, forecast) only consider
 * questions that are in the bank, because a question that left it is never asked again.
 */
import type { Question, Topic } from './types';
import type { CardRecord, ReviewRecord } from './records';
import { isDue } from './due';
import { retrievability } from './forgetting-curve';

/** Shared with stats.ts. */
export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A card counts as mastered from this stability on (days): FSRS expects it to be remembered for weeks. */
export const MASTERY_STABILITY_DAYS = 21;
/** ...and while the chance of recalling it now is still at least this (a long-neglected card drops out). */
export const MASTERY_MIN_RETRIEVABILITY = 0.8;

export class StatsInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StatsInputError';
	}
}

/**
 * The learner's offset from UTC in minutes, east positive (Vietnam: +420). Note the sign: it is the
 * opposite of `Date.prototype.getTimezoneOffset()`.
 */
export function localOffsetMinutes(date: Date): number {
	const offset = -date.getTimezoneOffset();
	return offset === 0 ? 0 : offset; // avoid -0
}

/** Throws StatsInputError unless the offset is a real one (shared with stats.ts). */
export function checkOffset(tzOffsetMinutes: number): void {
	if (!Number.isFinite(tzOffsetMinutes) || Math.abs(tzOffsetMinutes) > 14 * 60) {
		throw new StatsInputError(
			`tzOffsetMinutes must be a number of minutes between -840 and 840, got ${tzOffsetMinutes}`
		);
	}
}

/** The time of `now`; throws StatsInputError for an invalid date (shared with stats.ts). */
export function checkNow(now: Date): number {
	const t = now instanceof Date ? now.getTime() : Number.NaN;
	if (!Number.isFinite(t)) throw new StatsInputError(`now must be a valid Date, got ${String(now)}`);
	return t;
}

/** The local calendar day of an instant, as a day number (days since 1970-01-01 in that zone). */
export function dayKey(at: Date | number, tzOffsetMinutes: number): number {
	const t = typeof at === 'number' ? at : at.getTime();
	return Math.floor((t + tzOffsetMinutes * MINUTE_MS) / DAY_MS);
}

/** Per-day totals of the review log, built once and shared by every chart. */
export interface DayTally {
	total: number;
	correct: number;
}

/** Counts reviews and correct answers per local day. Reviews with an invalid timestamp are skipped. */
export function tallyByDay(reviews: readonly ReviewRecord[], tzOffsetMinutes: number): Map<number, DayTally> {
	checkOffset(tzOffsetMinutes);
	const offset = tzOffsetMinutes * MINUTE_MS;
	const byDay = new Map<number, DayTally>();
	for (const r of reviews) {
		if (!Number.isFinite(r.at)) continue;
		const day = Math.floor((r.at + offset) / DAY_MS);
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
export function bankCards(cards: CardSource, questions: readonly Question[]): Map<string, CardRecord> {
	const ids = new Set(questions.map((q) => q.id));
	const out = new Map<string, CardRecord>();
	for (const c of cardList(cards)) if (ids.has(c.questionId)) out.set(c.questionId, c);
	return out;
}

/** A card that has never been answered: no record, or FSRS state New (shared with stats.ts). */
export function isUnstudied(card: CardRecord | undefined): boolean {
	return !card || card.state === 0;
}

export interface TodayStats {
	/** Answers given today (all questions, even those no longer in the bank). */
	reviewed: number;
	correct: number;
	/** Correct share of today's answers, 0..1, or null when nothing was answered today. */
	accuracy: number | null;
	/** Bank questions already studied whose card is due now (new cards are not "due"; they are "new"). */
	dueNow: number;
	/** Bank questions never studied. */
	newTotal: number;
	/**
	 * New questions still to start today: never-studied questions, capped by the daily goal minus the
	 * questions started today (first ever answer today). Without a daily goal it equals newTotal.
	 */
	newLeft: number;
	/** Questions whose first ever answer was today. */
	newStudiedToday: number;
}

/**
 * Today's figures. `dailyGoal` is the number of new questions a day allows (Settings.dailyGoal); the
 * flashcard queue uses the same cap, so "new left" here matches what studying will offer.
 */
export function todayStats(
	reviews: readonly ReviewRecord[],
	cards: CardSource,
	questions: readonly Question[],
	now: Date,
	options: { tzOffsetMinutes?: number; dailyGoal?: number; tally?: Map<number, DayTally> } = {}
): TodayStats {
	const t = checkNow(now);
	const tz = options.tzOffsetMinutes ?? localOffsetMinutes(now);
	checkOffset(tz);
	const today = dayKey(t, tz);
	const tally = options.tally ?? tallyByDay(reviews, tz);
	const day = tally.get(today) ?? { total: 0, correct: 0 };

	const inBank = bankCards(cards, questions);
	let dueNow = 0;
	for (const c of inBank.values()) if (!isUnstudied(c) && isDue(c, now)) dueNow++;
	let newTotal = 0;
	for (const q of questions) if (isUnstudied(inBank.get(q.id))) newTotal++;

	// A question "started today" has no answer before today's start and at least one today.
	const firstAt = new Map<string, number>();
	for (const r of reviews) {
		const prev = firstAt.get(r.questionId);
		if (prev === undefined || r.at < prev) firstAt.set(r.questionId, r.at);
	}
	let newStudiedToday = 0;
	for (const at of firstAt.values()) if (dayKey(at, tz) === today) newStudiedToday++;

	const goal = options.dailyGoal;
	const newLeft =
		goal === undefined || !Number.isFinite(goal)
			? newTotal
			: Math.min(newTotal, Math.max(0, Math.floor(goal) - newStudiedToday));

	return {
		reviewed: day.total,
		correct: day.correct,
		accuracy: day.total > 0 ? day.correct / day.total : null,
		dueNow,
		newTotal,
		newLeft,
		newStudiedToday
	};
}

export interface Streak {
	/** Consecutive study days ending today, or ending yesterday when nothing is done yet today (Anki's rule). */
	current: number;
	/** The longest run of consecutive study days in the whole log. */
	longest: number;
	studiedToday: boolean;
}

/** The streak of study days. A day counts when at least one answer was given on it. */
export function streak(
	reviews: readonly ReviewRecord[],
	now: Date,
	options: { tzOffsetMinutes?: number; tally?: Map<number, DayTally> } = {}
): Streak {
	const t = checkNow(now);
	const tz = options.tzOffsetMinutes ?? localOffsetMinutes(now);
	const tally = options.tally ?? tallyByDay(reviews, tz);
	const today = dayKey(t, tz);
	const studiedToday = tally.has(today);
	let current = 0;
	for (let d = studiedToday ? today : today - 1; tally.has(d); d--) current++;

	const days = [...tally.keys()].filter((d) => d <= today).sort((a, b) => a - b);
	let longest = 0;
	let run = 0;
	for (let i = 0; i < days.length; i++) {
		run = i > 0 && days[i] === (days[i - 1] as number) + 1 ? run + 1 : 1;
		if (run > longest) longest = run;
	}
	return { current, longest, studiedToday };
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
	const last = card.lastReview ?? card.due - card.scheduledDays * DAY_MS;
	const elapsedDays = Math.max(0, (now.getTime() - last) / DAY_MS);
	return retrievability(elapsedDays, card.stability) >= MASTERY_MIN_RETRIEVABILITY;
}

/**
 * Per topic (in the order topics first appear in the bank): how many of its questions are mastered, being
 * learnt (studied, not mastered yet), or new. Cards of questions no longer in the bank are ignored.
 */
export function masteryByTopic(cards: CardSource, questions: readonly Question[], now: Date): Mastery {
	checkNow(now);
	const inBank = bankCards(cards, questions);
	const byTopic = new Map<Topic, TopicMastery>();
	const all = { total: 0, mastered: 0, learning: 0, new: 0 };
	for (const q of questions) {
		let row = byTopic.get(q.topic);
		if (!row) {
			row = { topic: q.topic, total: 0, mastered: 0, learning: 0, new: 0 };
			byTopic.set(q.topic, row);
		}
		const card = inBank.get(q.id);
		const kind = isUnstudied(card) ? 'new' : isMastered(card as CardRecord, now) ? 'mastered' : 'learning';
		row[kind]++;
		row.total++;
		all[kind]++;
		all.total++;
	}
	return { topics: [...byTopic.values()], ...all };
}
