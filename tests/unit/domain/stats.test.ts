import { describe, expect, it } from 'vitest';
import {
	accuracyOverTime,
	computeStats,
	dayIso,
	forecast,
	heatLevel,
	heatmap,
	masteryByTopic,
	streak,
	studyDay,
	weekdayMon0
} from '../../../src/lib/domain/stats';
import { isMastered, StatsInputError, todayStats } from '../../../src/lib/domain/stats-summary';
import { fixedOffset } from '../../../src/lib/domain/study-day';
import type { Question, Topic } from '../../../src/lib/domain/types';
import type { CardRecord, ReviewRecord } from '../../../src/lib/domain/records';

/** Vietnam (UTC+7, no daylight saving), days from midnight: the figures below read as a calendar. */
const VN = fixedOffset(420);
const UTC = fixedOffset(0);
const DAY = 86_400_000;
/** Friday 27 November 2026, 10:00 in Hà Nội. */
const NOW = new Date('2026-11-27T10:00:00+07:00');

/** An instant given in Hà Nội local time. */
function vn(local: string): number {
	return new Date(`${local}+07:00`).getTime();
}

let seq = 0;
function rev(at: number, correct = true, questionId = 'q1'): ReviewRecord {
	seq++;
	return {
		id: `${at}-${questionId}-${seq}`,
		questionId,
		deckId: 'deck',
		mode: 'flashcards',
		given: null,
		rating: correct ? 3 : 1,
		correct,
		ms: 3000,
		at
	};
}

function q(id: string, topic: Topic): Question {
	return {
		id,
		type: 'flashcard',
		prompt: `Câu ${id}?`,
		answer: id,
		factIds: [id],
		topic,
		source: { quote: id }
	};
}

function card(questionId: string, patch: Partial<CardRecord> = {}): CardRecord {
	return {
		questionId,
		deckId: 'deck',
		due: NOW.getTime() + 3 * DAY,
		stability: 3,
		difficulty: 5,
		elapsedDays: 1,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 2,
		lapses: 0,
		state: 2,
		lastReview: NOW.getTime() - DAY,
		...patch
	};
}

describe('days in the learner time zone', () => {
	it('puts 23:30 and 00:30 local time on different days even when UTC says otherwise', () => {
		// 23:30 on the 26th in Hà Nội is 16:30Z on the 26th; 00:30 on the 27th is 17:30Z on the 26th.
		const late = vn('2026-11-26T23:30:00');
		const early = vn('2026-11-27T00:30:00');
		expect(studyDay(late, UTC)).toBe(studyDay(early, UTC));
		expect(studyDay(early, VN) - studyDay(late, VN)).toBe(1);
		expect(dayIso(studyDay(early, VN))).toBe('2026-11-27');
		expect(dayIso(studyDay(late, VN))).toBe('2026-11-26');
	});

	it('numbers weekdays from Monday', () => {
		expect(weekdayMon0(studyDay(vn('2026-11-23T12:00:00'), VN))).toBe(0); // Monday
		expect(weekdayMon0(studyDay(NOW.getTime(), VN))).toBe(4); // Friday
		expect(weekdayMon0(studyDay(vn('2026-11-29T12:00:00'), VN))).toBe(6); // Sunday
	});
});

describe('streak', () => {
	it('counts consecutive days ending today', () => {
		const log = [
			rev(vn('2026-11-25T08:00:00')),
			rev(vn('2026-11-26T21:00:00')),
			rev(vn('2026-11-27T07:00:00'))
		];
		expect(streak(log, NOW, { day: VN })).toEqual({ current: 3, longest: 3, studiedToday: true });
	});

	it('still counts from yesterday when nothing is done yet today (Anki rule)', () => {
		const log = [rev(vn('2026-11-25T08:00:00')), rev(vn('2026-11-26T08:00:00'))];
		expect(streak(log, NOW, { day: VN })).toMatchObject({ current: 2, studiedToday: false });
	});

	it('breaks on a missing day and remembers the longest run', () => {
		const log = [
			rev(vn('2026-11-20T08:00:00')),
			rev(vn('2026-11-21T08:00:00')),
			rev(vn('2026-11-22T08:00:00')),
			rev(vn('2026-11-23T08:00:00')),
			// 24th missed
			rev(vn('2026-11-25T08:00:00')),
			rev(vn('2026-11-26T08:00:00')),
			rev(vn('2026-11-27T08:00:00'))
		];
		expect(streak(log, NOW, { day: VN })).toEqual({ current: 3, longest: 4, studiedToday: true });
	});

	it('is zero when the last study day was before yesterday', () => {
		const log = [rev(vn('2026-11-24T08:00:00')), rev(vn('2026-11-25T08:00:00'))];
		expect(streak(log, NOW, { day: VN })).toEqual({
			current: 0,
			longest: 2,
			studiedToday: false
		});
	});

	it('uses the local day: an answer at 00:30 local belongs to today, not to UTC yesterday', () => {
		const log = [rev(vn('2026-11-26T12:00:00')), rev(vn('2026-11-27T00:30:00'))];
		expect(streak(log, NOW, { day: VN }).current).toBe(2);
		// The same log read in UTC has both answers on the 26th.
		expect(streak(log, NOW, { day: UTC })).toMatchObject({ current: 1, studiedToday: false });
	});
});

describe('today', () => {
	const questions = [q('a', 'people'), q('b', 'people'), q('c', 'laos'), q('d', 'laos'), q('e', 'laos')];

	it('counts today reviews and accuracy, ignoring yesterday', () => {
		const log = [
			rev(vn('2026-11-26T22:00:00'), false, 'a'),
			rev(vn('2026-11-27T06:00:00'), true, 'a'),
			rev(vn('2026-11-27T06:01:00'), false, 'b'),
			rev(vn('2026-11-27T06:02:00'), true, 'b'),
			rev(vn('2026-11-27T06:03:00'), true, 'c')
		];
		const t = todayStats(log, [], questions, NOW, { day: VN });
		expect(t.reviewed).toBe(4);
		expect(t.correct).toBe(3);
		expect(t.accuracy).toBeCloseTo(0.75, 10);
	});

	it('gives no accuracy (not 0 %) on a day without answers', () => {
		const t = todayStats([], [], questions, NOW, { day: VN });
		expect(t.reviewed).toBe(0);
		expect(t.accuracy).toBeNull();
	});

	it('counts due only for bank cards already studied, and keeps activity of questions that left the bank', () => {
		const cards = [
			card('a', { due: NOW.getTime() - 1000 }), // due
			card('b', { due: NOW.getTime() + DAY }), // not yet
			card('gone', { due: NOW.getTime() - DAY }), // left the bank: never due
			card('c', { state: 0, reps: 0, due: NOW.getTime() - 1000 }) // state New: counted as new, not due
		];
		const log = [rev(vn('2026-11-27T08:00:00'), true, 'gone'), rev(vn('2026-11-27T08:01:00'), true, 'a')];
		const t = todayStats(log, cards, questions, NOW, { day: VN });
		expect(t.dueNow).toBe(1);
		expect(t.reviewed).toBe(2);
		expect(t.newTotal).toBe(3); // c (state New), d, e
	});

	it('accepts the cards as a Map, as the app state holds them', () => {
		const map = new Map([['a', card('a', { due: NOW.getTime() - 1 })]]);
		expect(todayStats([], map, questions, NOW, { day: VN }).dueNow).toBe(1);
	});

	it('caps new cards left by the daily goal minus questions started today', () => {
		const cards = [card('a'), card('b')];
		const log = [
			rev(vn('2026-11-20T08:00:00'), true, 'a'), // started long ago
			rev(vn('2026-11-27T08:00:00'), true, 'a'),
			rev(vn('2026-11-27T08:05:00'), true, 'b') // first answer today
		];
		const t = todayStats(log, cards, questions, NOW, { day: VN, dailyGoal: 2 });
		expect(t.newStudiedToday).toBe(1);
		expect(t.newTotal).toBe(3);
		expect(t.newLeft).toBe(1);
		expect(todayStats(log, cards, questions, NOW, { day: VN, dailyGoal: 20 }).newLeft).toBe(3);
		expect(todayStats(log, cards, questions, NOW, { day: VN }).newLeft).toBe(3);
	});
});

describe('heatmap', () => {
	it('levels days by quarters of the busiest day', () => {
		expect(heatLevel(0, 8)).toBe(0);
		expect(heatLevel(1, 8)).toBe(1);
		expect(heatLevel(2, 8)).toBe(1);
		expect(heatLevel(3, 8)).toBe(2);
		expect(heatLevel(6, 8)).toBe(3);
		expect(heatLevel(7, 8)).toBe(4);
		expect(heatLevel(8, 8)).toBe(4);
		expect(heatLevel(0, 0)).toBe(0);
	});

	it('lays out Monday-first weeks ending with the current week, future days marked', () => {
		const log = [
			...Array.from({ length: 8 }, (_, i) => rev(vn('2026-11-27T08:00:00') + i * 1000)),
			rev(vn('2026-11-26T08:00:00')),
			rev(vn('2026-11-26T09:00:00')),
			rev(vn('2026-11-23T08:00:00')),
			rev(vn('2026-08-01T08:00:00')) // before the grid
		];
		const h = heatmap(log, NOW, 12, { day: VN });
		expect(h.days).toHaveLength(12 * 7);
		const first = h.days[0]!;
		expect(first.date).toBe('2026-09-07'); // Monday, 11 weeks before Monday 23 November
		const lastWeek = h.days.slice(11 * 7);
		expect(lastWeek.map((d) => d.date)).toEqual([
			'2026-11-23',
			'2026-11-24',
			'2026-11-25',
			'2026-11-26',
			'2026-11-27',
			'2026-11-28',
			'2026-11-29'
		]);
		expect(lastWeek.map((d) => d.count)).toEqual([1, 0, 0, 2, 8, 0, 0]);
		expect(lastWeek.map((d) => d.level)).toEqual([1, 0, 0, 1, 4, 0, 0]);
		expect(lastWeek.map((d) => d.future)).toEqual([false, false, false, false, false, true, true]);
		expect(h.max).toBe(8);
		expect(h.total).toBe(11);
		expect(h.activeDays).toBe(3);
	});

	it('refuses a nonsense number of weeks', () => {
		expect(() => heatmap([], NOW, 0)).toThrow(StatsInputError);
		expect(() => heatmap([], NOW, 2.5)).toThrow(/weeks/);
	});
});

describe('accuracy over time', () => {
	it('gives one point per day, null on empty days, and the overall share', () => {
		const log = [
			rev(vn('2026-11-25T08:00:00'), true),
			rev(vn('2026-11-25T08:01:00'), false),
			rev(vn('2026-11-27T08:00:00'), true),
			rev(vn('2026-11-27T08:01:00'), true),
			rev(vn('2026-11-27T08:02:00'), true),
			rev(vn('2026-11-27T08:03:00'), false),
			rev(vn('2026-10-01T08:00:00'), false) // outside a 7-day window
		];
		const a = accuracyOverTime(log, NOW, 7, { day: VN });
		expect(a.points.map((p) => p.date)).toEqual([
			'2026-11-21',
			'2026-11-22',
			'2026-11-23',
			'2026-11-24',
			'2026-11-25',
			'2026-11-26',
			'2026-11-27'
		]);
		expect(a.points.map((p) => p.accuracy)).toEqual([null, null, null, null, 0.5, null, 0.75]);
		expect(a.overall).toBeCloseTo(4 / 6, 10);
		expect(a.activeDays).toBe(2);
	});

	it('has no overall accuracy for an empty window', () => {
		const a = accuracyOverTime([], NOW, 30, { day: VN });
		expect(a.points).toHaveLength(30);
		expect(a.overall).toBeNull();
		expect(a.points.every((p) => p.accuracy === null)).toBe(true);
	});
});

describe('mastery by topic', () => {
	const questions = [
		q('p1', 'people'),
		q('p2', 'people'),
		q('p3', 'people'),
		q('l1', 'laos'),
		q('l2', 'laos')
	];

	it('splits each topic into mastered, learning and new', () => {
		const cards = [
			card('p1', { state: 2, stability: 30, lastReview: NOW.getTime() - 2 * DAY }), // mastered
			card('p2', { state: 1, stability: 1 }), // learning
			card('l1', { state: 2, stability: 10 }), // review but short memory: learning
			card('l2', { state: 3, stability: 40, lapses: 1 }), // relearning: learning
			card('gone', { state: 2, stability: 90 }) // not in the bank: ignored
		];
		const m = masteryByTopic(cards, questions, NOW);
		expect(m.topics).toEqual([
			{ topic: 'people', total: 3, mastered: 1, learning: 1, new: 1 },
			{ topic: 'laos', total: 2, mastered: 0, learning: 2, new: 0 }
		]);
		expect(m).toMatchObject({ total: 5, mastered: 1, learning: 3, new: 1 });
	});

	it('drops a long-stable card back to learning when it has been neglected for months', () => {
		const fresh = card('p1', { state: 2, stability: 25, lastReview: NOW.getTime() - 5 * DAY });
		const neglected = card('p1', { state: 2, stability: 25, lastReview: NOW.getTime() - 400 * DAY });
		expect(isMastered(fresh, NOW)).toBe(true);
		expect(isMastered(neglected, NOW)).toBe(false);
	});
});

describe('forecast', () => {
	it('covers 14 days from today, counting only studied bank cards', () => {
		const questions = [q('a', 'people'), q('b', 'people'), q('c', 'laos')];
		const cards = [
			card('a', { due: NOW.getTime() + 3 * DAY }),
			card('b', { due: NOW.getTime() + 3 * DAY }),
			card('c', { state: 0, reps: 0, due: NOW.getTime() }), // new: not forecast
			card('gone', { due: NOW.getTime() + 3 * DAY }) // not in the bank
		];
		const f = forecast(cards, questions, NOW, 14, { day: VN });
		expect(f).toHaveLength(14);
		expect(f[0]!.date).toBe('2026-11-27');
		expect(f[13]!.date).toBe('2026-12-10');
		expect(f.reduce((s, d) => s + d.count, 0)).toBe(2);
		expect(f[3]!.count).toBe(2);
	});
});

describe('computeStats', () => {
	it('returns every figure of the screen from one input', () => {
		const questions = [q('a', 'people'), q('b', 'laos')];
		const cards = [card('a', { due: NOW.getTime() - 1 })];
		const log = [rev(vn('2026-11-26T08:00:00'), true, 'a'), rev(vn('2026-11-27T08:00:00'), false, 'a')];
		const s = computeStats({ reviews: log, cards, questions, dailyGoal: 20, day: VN }, NOW);
		expect(s.hasHistory).toBe(true);
		expect(s.totalReviews).toBe(2);
		expect(s.today).toMatchObject({
			reviewed: 1,
			correct: 0,
			accuracy: 0,
			dueNow: 1,
			newTotal: 1,
			newLeft: 1
		});
		expect(s.streak.current).toBe(2);
		expect(s.heatmap.weeks).toBe(16);
		expect(s.accuracy.points).toHaveLength(30);
		expect(s.mastery.topics.map((t) => t.topic)).toEqual(['people', 'laos']);
		expect(s.forecast).toHaveLength(14);
		expect(s.forecast[0]!.count).toBe(1);
	});

	it('reports an empty history for a new learner', () => {
		const s = computeStats({ reviews: [], cards: new Map(), questions: [q('a', 'people')] }, NOW);
		expect(s.hasHistory).toBe(false);
		expect(s.streak.current).toBe(0);
		expect(s.today.newTotal).toBe(1);
	});

	it('names what is wrong with bad input', () => {
		// @ts-expect-error: checking the boundary with a wrong shape
		expect(() => computeStats({ reviews: null, cards: [], questions: [] }, NOW)).toThrow(StatsInputError);
		expect(() => computeStats({ reviews: [], cards: [], questions: [] }, new Date('nope'))).toThrow(
			/valid Date/
		);
		expect(() =>
			computeStats({ reviews: [], cards: [], questions: [], day: fixedOffset(5000) }, NOW)
		).toThrow(/offset/);
	});
});
