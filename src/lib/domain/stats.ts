/**
 * The learner's statistics, computed from the review log and the card states: today's figures, the streak,
 * a calendar heatmap, accuracy over time, mastery by topic and the due forecast. What the home screen shows
 * (today, the current streak, mastery totals) lives in stats-summary.ts, so home's file carries only that.
 *
 * Pure: `now` and the learner's day rule (start hour and time zone) are passed in, so tests are
 * deterministic. A "day" is a study day (study-day.ts): day numbers count days since 1970-01-01.
 *
 * Activity (reviewed, streak, heatmap, accuracy) counts every review, even of questions that have since left
 * the bank: that work was done. Scheduling figures (due now, new left, mastery, forecast) only consider
 * questions that are in the bank, because a question that left it is never asked again.
 */
import {
	bankCards,
	checkNow,
	isUnstudied,
	masteryLevel,
	StatsInputError,
	tallyByDay,
	todayStats,
	type CardSource,
	type DayTally,
	type Mastery,
	type Streak,
	type TodayStats,
	type TopicMastery
} from './stats-summary';
import type { Question, Topic } from './types';
import type { CardRecord, ReviewRecord } from './records';
import { isNew } from './due';
import { dayIso, dayRule, studyDay, studyDayStart, type DayRule } from './study-day';

export { dayIso, studyDay, type DayRule } from './study-day';

export type { DayTally, Mastery, Streak, TodayStats } from './stats-summary';

/** Weekday of a day number, Monday = 0 ... Sunday = 6 (weeks start on Monday in Vietnam and in Britain). */
export function weekdayMon0(day: number): number {
	// 1970-01-01 was a Thursday (3 with Monday = 0).
	return (((day + 3) % 7) + 7) % 7;
}

/** The streak of study days. A day counts when at least one answer was given on it. */
export function streak(
	reviews: readonly ReviewRecord[],
	now: Date,
	options: { day?: DayRule; tally?: Map<number, DayTally> } = {}
): Streak {
	const t = checkNow(now);
	const rule = options.day ?? dayRule();
	const tally = options.tally ?? tallyByDay(reviews, rule);
	const today = studyDay(t, rule);
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
		const kind = masteryLevel(inBank.get(q.id), now);
		row[kind]++;
		row.total++;
		all[kind]++;
		all.total++;
	}
	return { topics: [...byTopic.values()], ...all };
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
	options: { day?: DayRule; tally?: Map<number, DayTally> } = {}
): Heatmap {
	const t = checkNow(now);
	if (!Number.isInteger(weeks) || weeks < 1 || weeks > 53) {
		throw new StatsInputError(`heatmap weeks must be an integer from 1 to 53, got ${weeks}`);
	}
	const rule = options.day ?? dayRule();
	const tally = options.tally ?? tallyByDay(reviews, rule);
	const today = studyDay(t, rule);
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

interface AccuracyPoint {
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
	options: { day?: DayRule; tally?: Map<number, DayTally> } = {}
): AccuracySeries {
	const t = checkNow(now);
	if (!Number.isInteger(days) || days < 1 || days > 366) {
		throw new StatsInputError(`accuracyOverTime days must be an integer from 1 to 366, got ${days}`);
	}
	const rule = options.day ?? dayRule();
	const tally = options.tally ?? tallyByDay(reviews, rule);
	const today = studyDay(t, rule);
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

export interface ForecastDay {
	date: string;
	count: number;
}

/**
 * Bank cards due on each of the next `days` study days, today first (overdue cards count today). New
 * cards are left out: they are not scheduled yet.
 */
export function forecast(
	cards: CardSource,
	questions: readonly Question[],
	now: Date,
	days = 14,
	options: { day?: DayRule } = {}
): ForecastDay[] {
	const t = checkNow(now);
	if (!Number.isInteger(days) || days < 1 || days > 366) {
		throw new StatsInputError(`forecast days must be an integer from 1 to 366, got ${days}`);
	}
	const rule = options.day ?? dayRule();
	const studied = [...bankCards(cards, questions).values()].filter((c) => !isUnstudied(c));
	const today = studyDay(t, rule);
	// The end of each of the next `days` study days: a card due before it falls on that day.
	const ends = Array.from({ length: days }, (_, i) => studyDayStart(today + i + 1, rule));
	const counts = forecastDue(studied, ends);
	return counts.map((count, i) => ({ date: dayIso(today + i), count }));
}

/** How many of the studied cards fall due before each end (ascending), each card counted once, in the first. */
function forecastDue(cards: readonly CardRecord[], ends: readonly number[]): number[] {
	const out = new Array<number>(ends.length).fill(0);
	for (const c of cards) {
		if (isNew(c)) continue;
		const i = ends.findIndex((end) => c.due < end);
		if (i >= 0) out[i]!++;
	}
	return out;
}

export interface StatsInput {
	reviews: readonly ReviewRecord[];
	cards: CardSource;
	questions: readonly Question[];
	/** Settings.dailyGoal: new questions a day allows. */
	dailyGoal?: number;
	/** The learner's study day (start hour, time zone); defaults to 4:00 in the phone's zone. */
	day?: DayRule;
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
	const day = input.day ?? dayRule();
	const tally = tallyByDay(input.reviews, day);
	const opts = { day, tally };
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
		forecast: forecast(input.cards, input.questions, now, input.forecastDays ?? 14, { day })
	};
}
