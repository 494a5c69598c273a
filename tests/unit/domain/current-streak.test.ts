import { describe, expect, it } from 'vitest';
import { currentStreak } from '../../../src/lib/domain/stats-summary';
import { streak } from '../../../src/lib/domain/stats';
import { dayRule, fixedOffset, type DayRule } from '../../../src/lib/domain/study-day';
import type { ReviewRecord } from '../../../src/lib/domain/records';
import { createRng } from '../../../src/lib/domain/random';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Berlin leaves summer time on 25 October 2026, inside the 40 days before NOW.
const NOW = new Date(Date.UTC(2026, 10, 10, 9, 0));

function log(times: number[]): ReviewRecord[] {
	return times.map((at, i) => ({
		id: `${at}-q${i}`,
		questionId: `q${i % 7}`,
		deckId: 'd',
		mode: 'flashcards',
		given: null,
		rating: 3,
		correct: true,
		ms: 1000,
		at
	}));
}

/** countDay over a log, as the store answers it. */
const counter = (reviews: ReviewRecord[]) => async (from: number, to: number) =>
	reviews.filter((r) => r.at >= from && r.at < to).length;

describe('currentStreak (one day at a time) agrees with streak (the whole log)', () => {
	const rules: [string, DayRule][] = [
		['UTC, day from 4:00', fixedOffset(0, 4)],
		['UTC+7, from midnight', fixedOffset(420, 0)],
		['Berlin (DST in the window), from 4:00', dayRule(4, berlinOffset)]
	];
	it.each(rules)('%s, over random logs with gaps', async (_name, day) => {
		const rng = createRng(7);
		const rand = () => rng.next();
		for (let run = 0; run < 60; run++) {
			const times: number[] = [];
			// Reviews on most of the last 40 days, hours spread over the day (some before the start hour).
			for (let d = 0; d < 40; d++) {
				if (rand() < 0.15 + (run % 4) * 0.1) continue;
				const n = 1 + Math.floor(rand() * 3);
				for (let i = 0; i < n; i++) times.push(NOW.getTime() - d * DAY - Math.floor(rand() * DAY));
			}
			const reviews = log(times);
			expect(await currentStreak(counter(reviews), NOW, { day })).toBe(streak(reviews, NOW, { day }).current);
		}
	});

	it('counts from yesterday when today has no review yet, and stops at the first empty day', async () => {
		const day = fixedOffset(0, 0);
		const t = NOW.getTime();
		const reviews = log([t - DAY, t - 2 * DAY, t - 4 * DAY]);
		expect(await currentStreak(counter(reviews), NOW, { day })).toBe(2);
		expect(await currentStreak(counter(log([t - 3 * HOUR, ...reviews.map((r) => r.at)])), NOW, { day })).toBe(
			3
		);
		expect(await currentStreak(counter([]), NOW, { day })).toBe(0);
	});

	it('asks one day at a time, so the work follows the streak, and stops at maxDays', async () => {
		const day = fixedOffset(0, 0);
		const reviews = log(Array.from({ length: 30 }, (_, d) => NOW.getTime() - d * DAY - HOUR));
		let asked = 0;
		const count = counter(reviews);
		const streakLen = await currentStreak(async (f, t) => (asked++, count(f, t)), NOW, { day });
		expect(streakLen).toBe(30);
		// Today (twice: whether to start there, then counted), the 29 days before, and the empty 31st.
		expect(asked).toBe(32);
		expect(await currentStreak(count, NOW, { day, maxDays: 10 })).toBe(10);
	});
});

/** Europe/Berlin's UTC offset at t, in minutes, from the platform's time-zone data. */
const berlin = new Intl.DateTimeFormat('en-US', {
	timeZone: 'Europe/Berlin',
	hourCycle: 'h23',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric'
});
function berlinOffset(t: number): number {
	const parts = berlin.formatToParts(new Date(t));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return Math.round((local - Math.floor(t / 60_000) * 60_000) / 60_000);
}
