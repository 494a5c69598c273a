/**
 * The learner's statistics, computed from the review log and the card states: today's figures, the streak,
 * a calendar heatmap, accuracy over time, mastery by topic and the due forecast.
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
import { forgetting_curve, default_w } from 'ts-fsrs';
import type { Question, Topic } from './types';
import type { CardRecord, ReviewRecord } from '../storage/types';
import { forecastDue, isDue } from './scheduling';

const DAY_MS = 86_400_000;
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

function checkOffset(tzOffsetMinutes: number): void {
	if (!Number.isFinite(tzOffsetMinutes) || Math.abs(tzOffsetMinutes) > 14 * 60) {
		throw new StatsInputError(
			`tzOffsetMinutes must be a number of minutes between -840 and 840, got ${tzOffsetMinutes}`
		);
	}
}

function checkNow(now: Date): number {
	const t = now instanceof Date ? now.getTime() : Number.NaN;
	if (!Number.isFinite(t)) throw new StatsInputError(`now must be a valid Date, got ${String(now)}`);
	return t;
}

/** The local calendar day of an instant, as a day number (days since 1970-01-01 in that zone). */
export function dayKey(at: Date | number, tzOffsetMinutes: number): number {
	const t = typeof at === 'number' ? at : at.getTime();
	return Math.floor((t + tzOffsetMinutes * MINUTE_MS) / DAY_MS);
}

/** A day number as an ISO date ("2026-11-27"), for keys, tests and Intl formatting with timeZone UTC. */
export function dayIso(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Weekday of a day number, Monday = 0 ... Sunday = 6 (weeks start on Monday in Vietnam and in Britain). */
export function weekdayMon0(day: number): number {
	// 1970-01-01 was a Thursday (3 with Monday = 0).
	return (((day + 3) % 7) + 7) % 7;
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

type CardSource = ReadonlyMap<string, CardRecord> | readonly CardRecord[];

function cardList(cards: CardSource): CardRecord[] {
	return Array.isArray(cards) ? (cards as CardRecord[]) : [...(cards as ReadonlyMap<string, CardRecord>).values()];
}

/** The cards of questions still in the bank, keyed by question id. */
function bankCards(cards: CardSource, questions: readonly Question[]): Map<string, CardRecord> {
	const ids = new Set(questions.map((q) => q.id));
	const out = new Map<string, CardRecord>();
	for (const c of cardList(cards)) if (ids.has(c.questionId)) out.set(c.questionId, c);
	return out;
}

/** A card that has never been answered (no record, or FSRS state New). */
function isNew(card: CardRecord | undefined): boolean {
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
	for (const c of inBank.values()) if (!isNew(c) && isDue(c, now)) dueNow++;
	let newTotal = 0;
	for (const q of questions) if (isNew(inBank.get(q.id))) newTotal++;

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

export interface HeatDay {
	/** Local date, ISO "YYYY-MM-DD". */
	date: string;
	count: number;
	/** 0 = nothing, 1..4 = quarters of the busiest day in the grid. */
	level: 0 | 1 | 2 | 3 | 4;
	/** After today (the rest of the current week): drawn empty, not as a day without study. */
	future: boolean;
}

export interface Heatmap {
	weeks: number;
	/** Column-major: week w, weekday d (Monday = 0) is `days[w * 7 + d]`. The last column holds today. */
	days: HeatDay[];
	/** Busiest day's count in the grid. */
	max: number;
	/** Answers in the grid. */
	total: number;
	/** Days in the grid with at least one answer. */
	activeDays: number;
}

/** Level of a day in the heatmap: the share of the busiest day, in quarters (GitHub and Anki do alike). */
export function heatLevel(count: number, max: number): HeatDay['level'] {
	if (count <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as HeatDay['level'];
}

/** A calendar grid of daily activity: `weeks` columns of Monday..Sunday, the last one holding today. */
export function heatmap(
	reviews: readonly ReviewRecord[],
	now: Date,
	weeks = 16,
	options: { tzOffsetMinutes?: number; tally?: Map<number, DayTally> } = {}
): Heatmap {
	const t = checkNow(now);
	if (!Number.isInteger(weeks) || weeks < 1 || weeks > 53) {
		throw new StatsInputError(`heatmap weeks must be an integer from 1 to 53, got ${weeks}`);
	}
	const tz = options.tzOffsetMinutes ?? localOffsetMinutes(now);
	const tally = options.tally ?? tallyByDay(reviews, tz);
	const today = dayKey(t, tz);
	const start = today - weekdayMon0(today) - (weeks - 1) * 7;
	const counts: number[] = [];
	let max = 0;
	let total = 0;
	let activeDays = 0;
	for (let i = 0; i < weeks * 7; i++) {
		const day = start + i;
		const n = day <= today ? (tally.get(day)?.total ?? 0) : 0;
		counts.push(n);
		if (n > max) max = n;
		total += n;
		if (n > 0) activeDays++;
	}
	const days = counts.map((count, i) => ({
		date: dayIso(start + i),
		count,
		level: heatLevel(count, max),
		future: start + i > today
	}));
	return { weeks, days, max, total, activeDays };
}

export interface AccuracyPoint {
	date: string;
	total: number;
	correct: number;
	/** Correct share 0..1, or null on a day without answers: a gap, not a 0 %. */
	accuracy: number | null;
}

export interface AccuracySeries {
	days: number;
	points: AccuracyPoint[];
	/** Over the whole window, or null when the window is empty. */
	overall: number | null;
	/** Days of the window with answers. */
	activeDays: number;
}

/** Daily correct share over the last `days` days (today last). Empty days are null, never 0 %. */
export function accuracyOverTime(
	reviews: readonly ReviewRecord[],
	now: Date,
	days = 30,
	options: { tzOffsetMinutes?: number; tally?: Map<number, DayTally> } = {}
): AccuracySeries {
	const t = checkNow(now);
	if (!Number.isInteger(days) || days < 1 || days > 366) {
		throw new StatsInputError(`accuracyOverTime days must be an integer from 1 to 366, got ${days}`);
	}
	const tz = options.tzOffsetMinutes ?? localOffsetMinutes(now);
	const tally = options.tally ?? tallyByDay(reviews, tz);
	const today = dayKey(t, tz);
	const points: AccuracyPoint[] = [];
	let total = 0;
	let correct = 0;
	let activeDays = 0;
	for (let day = today - days + 1; day <= today; day++) {
		const d = tally.get(day);
		const n = d?.total ?? 0;
		const c = d?.correct ?? 0;
		total += n;
		correct += c;
		if (n > 0) activeDays++;
		points.push({ date: dayIso(day), total: n, correct: c, accuracy: n > 0 ? c / n : null });
	}
	return { days, points, overall: total > 0 ? correct / total : null, activeDays };
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
	return forgetting_curve(default_w, elapsedDays, card.stability) >= MASTERY_MIN_RETRIEVABILITY;
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
		const kind = isNew(card) ? 'new' : isMastered(card as CardRecord, now) ? 'mastered' : 'learning';
		row[kind]++;
		row.total++;
		all[kind]++;
		all.total++;
	}
	return { topics: [...byTopic.values()], ...all };
}

export interface ForecastDay {
	date: string;
	count: number;
}

/**
 * Bank cards due on each of the next `days` days, today first (overdue cards count today), from
 * scheduling's `forecastDue`. New cards are left out: they are not scheduled yet.
 */
export function forecast(
	cards: CardSource,
	questions: readonly Question[],
	now: Date,
	days = 14,
	options: { tzOffsetMinutes?: number } = {}
): ForecastDay[] {
	const t = checkNow(now);
	const tz = options.tzOffsetMinutes ?? localOffsetMinutes(now);
	const studied = [...bankCards(cards, questions).values()].filter((c) => !isNew(c));
	const counts = forecastDue(studied, now, days);
	const today = dayKey(t, tz);
	return counts.map((count, i) => ({ date: dayIso(today + i), count }));
}

export interface StatsInput {
	reviews: readonly ReviewRecord[];
	cards: CardSource;
	questions: readonly Question[];
	/** Settings.dailyGoal: new questions a day allows. */
	dailyGoal?: number;
	/** The learner's offset from UTC in minutes, east positive; defaults to the offset at `now`. */
	tzOffsetMinutes?: number;
	heatmapWeeks?: number;
	accuracyDays?: number;
	forecastDays?: number;
}

export interface Stats {
	/** True once the learner has answered anything (otherwise the screen shows its empty state). */
	hasHistory: boolean;
	/** Total answers in the log. */
	totalReviews: number;
	today: TodayStats;
	streak: Streak;
	heatmap: Heatmap;
	accuracy: AccuracySeries;
	mastery: Mastery;
	forecast: ForecastDay[];
}

/** Everything the statistics screen shows, in one pass over the review log. */
export function computeStats(input: StatsInput, now: Date): Stats {
	if (!input || !Array.isArray(input.reviews) || !Array.isArray(input.questions) || !input.cards) {
		throw new StatsInputError('computeStats needs { reviews: [], cards, questions: [] }');
	}
	checkNow(now);
	const tzOffsetMinutes = input.tzOffsetMinutes ?? localOffsetMinutes(now);
	const tally = tallyByDay(input.reviews, tzOffsetMinutes);
	const opts = { tzOffsetMinutes, tally };
	return {
		hasHistory: input.reviews.length > 0,
		totalReviews: input.reviews.length,
		today: todayStats(input.reviews, input.cards, input.questions, now, {
			...opts,
			dailyGoal: input.dailyGoal
		}),
		streak: streak(input.reviews, now, opts),
		heatmap: heatmap(input.reviews, now, input.heatmapWeeks ?? 16, opts),
		accuracy: accuracyOverTime(input.reviews, now, input.accuracyDays ?? 30, opts),
		mastery: masteryByTopic(input.cards, input.questions, now),
		forecast: forecast(input.cards, input.questions, now, input.forecastDays ?? 14, { tzOffsetMinutes })
	};
}
