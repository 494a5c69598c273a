import { describe, expect, it } from 'vitest';
import { isDue, isNew } from '../../../src/lib/domain/due';
import {
	formatInterval,
	newCard,
	previewIntervals,
	rebuildCard,
	review,
	SchedulingError,
	type ScheduleOptions
} from '../../../src/lib/domain/scheduling';
import type { CardRecord, Rating, ReviewRecord } from '../../../src/lib/domain/records';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = new Date(2026, 2, 23, 9, 0, 0);
const at = (ms: number) => new Date(T0.getTime() + ms);
const noFuzz: ScheduleOptions = { fuzz: false };

/** A card taken through learning into review: Good now, Good again when due. */
function reviewCard(opts: ScheduleOptions = noFuzz): { card: CardRecord; now: Date } {
	let card = review(newCard('q', 'd', T0), 3, T0, opts);
	card = review(card, 3, new Date(card.due), opts);
	return { card, now: new Date(card.due) };
}

function log(questionId: string, steps: [number, Rating][]): ReviewRecord[] {
	return steps.map(([ms, rating], i) => ({
		id: `${T0.getTime() + ms}-${questionId}-${i}`,
		questionId,
		deckId: 'd',
		mode: 'flashcards',
		given: null,
		rating,
		correct: rating > 1,
		ms: 3000,
		at: T0.getTime() + ms
	}));
}

describe('newCard', () => {
	it('is new, never reviewed, and due at once', () => {
		const c = newCard('laos-provinces:multi', 'vufo-quang-ninh', T0);
		expect(c).toMatchObject({
			questionId: 'laos-provinces:multi',
			deckId: 'vufo-quang-ninh',
			state: 0,
			reps: 0,
			lapses: 0
		});
		expect(c.due).toBe(T0.getTime());
		expect(c.lastReview).toBeUndefined();
		expect(isNew(c)).toBe(true);
	});

	it('survives a JSON round trip unchanged (stored in IndexedDB and backups)', () => {
		const c = review(newCard('q', 'd', T0), 3, T0);
		expect(JSON.parse(JSON.stringify(c))).toEqual(c);
	});
});

describe('review', () => {
	it('schedules Good on a new card later than Again, and Easy later than Good', () => {
		const card = newCard('q', 'd', T0);
		const again = review(card, 1, T0, noFuzz).due;
		const hard = review(card, 2, T0, noFuzz).due;
		const good = review(card, 3, T0, noFuzz).due;
		const easy = review(card, 4, T0, noFuzz).due;
		expect(again).toBeLessThan(good);
		expect(hard).toBeLessThan(good);
		expect(good).toBeLessThan(easy);
		// Learning steps: minutes for Again/Good, days for Easy.
		expect(good - T0.getTime()).toBeLessThan(HOUR);
		expect(easy - T0.getTime()).toBeGreaterThanOrEqual(DAY);
	});

	it('orders all four ratings on a card in review', () => {
		const { card, now } = reviewCard();
		expect(card.state).toBe(2);
		const p = previewIntervals(card, now, noFuzz);
		expect(p[1]).toBeLessThan(p[2]);
		expect(p[2]).toBeLessThan(p[3]);
		expect(p[3]).toBeLessThan(p[4]);
	});

	it('counts reps and lapses and records the review time', () => {
		const { card, now } = reviewCard();
		const lapsed = review(card, 1, now, noFuzz);
		expect(lapsed.reps).toBe(card.reps + 1);
		expect(lapsed.lapses).toBe(card.lapses + 1);
		expect(lapsed.state).toBe(3);
		expect(lapsed.lastReview).toBe(now.getTime());
	});

	it('does not change the card it is given', () => {
		const card = newCard('q', 'd', T0);
		const copy = structuredClone(card);
		review(card, 3, T0);
		expect(card).toEqual(copy);
	});

	it('gives shorter intervals for desired retention 0.95 than for 0.8', () => {
		const { card, now } = reviewCard();
		const high = review(card, 3, now, { desiredRetention: 0.95, fuzz: false }).due;
		const low = review(card, 3, now, { desiredRetention: 0.8, fuzz: false }).due;
		expect(high).toBeLessThan(low);
	});

	it('is deterministic with fuzz on: same card, same time, same result', () => {
		const { card, now } = reviewCard({ fuzz: true });
		expect(review(card, 3, now, { fuzz: true })).toEqual(review(card, 3, now, { fuzz: true }));
	});

	it('spreads cards learnt together: fuzz is seeded by question id', () => {
		const dues = new Set<number>();
		for (let i = 0; i < 20; i++) {
			let card = review(newCard(`q${i}`, 'd', T0), 4, T0, { fuzz: true });
			card = review(card, 3, new Date(card.due), { fuzz: true });
			card = review(card, 3, new Date(card.due), { fuzz: true });
			dues.add(card.due);
		}
		expect(dues.size).toBeGreaterThan(1);
	});

	it('takes the fuzz seed from opts.rng when given', () => {
		let card = review(newCard('q', 'd', T0), 4, T0, noFuzz);
		card = review(card, 3, new Date(card.due), noFuzz);
		const now = new Date(card.due);
		const plain = review(card, 3, now, noFuzz).due - now.getTime();
		const dues = new Set<number>();
		for (let i = 0; i < 20; i++) {
			const due = review(card, 3, now, { fuzz: true, rng: () => i / 20 }).due;
			// The same randomness gives the same card.
			expect(review(card, 3, now, { fuzz: true, rng: () => i / 20 }).due).toBe(due);
			// Fuzz moves the interval by a fraction of itself, never to another scale.
			expect(Math.abs(due - now.getTime() - plain)).toBeLessThanOrEqual(plain * 0.3);
			dues.add(due);
		}
		expect(dues.size).toBeGreaterThan(1);
	});

	it.each([0, 5, 2.5, Number.NaN])('refuses rating %s', (rating) => {
		expect(() => review(newCard('q', 'd', T0), rating as Rating, T0)).toThrow(SchedulingError);
		expect(() => review(newCard('q', 'd', T0), rating as Rating, T0)).toThrow(/rating must be 1/);
	});

	it.each([0, -0.5, 1.2, Number.NaN])('refuses desired retention %s', (r) => {
		expect(() => review(newCard('q', 'd', T0), 3, T0, { desiredRetention: r })).toThrow(/desiredRetention/);
	});

	it.each([
		[0.5, 0.7],
		[0.6, 0.7],
		[1, 0.99]
	])('brings desired retention %s within range, as %s', (r, clamped) => {
		const { card, now } = reviewCard();
		expect(review(card, 3, now, { desiredRetention: r, fuzz: false })).toEqual(
			review(card, 3, now, { desiredRetention: clamped, fuzz: false })
		);
	});

	it('survives a clock that went back: a review before the last one counts at the last one', () => {
		const { card } = reviewCard();
		const last = new Date(card.lastReview!);
		const past = new Date(last.getTime() - 3 * DAY);
		const next = review(card, 3, past);
		expect(next.lastReview).toBe(last.getTime());
		expect(next).toEqual(review(card, 3, last));
		const p = previewIntervals(card, past, noFuzz);
		expect(p[3]).toBe(review(card, 3, last, noFuzz).due - past.getTime());
	});

	it('refuses an invalid date', () => {
		expect(() => review(newCard('q', 'd', T0), 3, new Date(Number.NaN))).toThrow(/valid Date/);
		expect(() => newCard('q', 'd', new Date('not a date'))).toThrow(SchedulingError);
		expect(() => newCard('', 'd', T0)).toThrow(/question id/);
	});
});

describe('previewIntervals', () => {
	it('gives, for each rating, exactly the time until review would make the card due', () => {
		const { card, now } = reviewCard({ fuzz: true });
		const p = previewIntervals(card, now, { fuzz: true });
		for (const r of [1, 2, 3, 4] as Rating[]) {
			expect(p[r]).toBe(review(card, r, now, { fuzz: true }).due - now.getTime());
		}
	});

	it('shows minutes for a new card’s learning steps', () => {
		const p = previewIntervals(newCard('q', 'd', T0), T0, noFuzz);
		expect(p[1]).toBe(1 * MIN);
		expect(p[3]).toBe(10 * MIN);
	});
});

describe('formatInterval', () => {
	it.each<[number, string, string]>([
		[0, '1 phút', '1 min'],
		[30_000, '1 phút', '1 min'],
		[1 * MIN, '1 phút', '1 min'],
		[10 * MIN, '10 phút', '10 min'],
		[59 * MIN, '59 phút', '59 min'],
		[59.6 * MIN, '1 giờ', '1 hour'],
		[1 * HOUR, '1 giờ', '1 hour'],
		[5 * HOUR, '5 giờ', '5 hours'],
		[23.6 * HOUR, '1 ngày', '1 day'],
		[1 * DAY, '1 ngày', '1 day'],
		[3 * DAY, '3 ngày', '3 days'],
		[29 * DAY, '29 ngày', '29 days'],
		[30 * DAY, '1 tháng', '1 month'],
		[45 * DAY, '1,5 tháng', '1.5 months'],
		[60 * DAY, '2 tháng', '2 months'],
		[365 * DAY, '1 năm', '1 year'],
		[548 * DAY, '1,5 năm', '1.5 years'],
		[20 * 365 * DAY, '20 năm', '20 years']
	])('%d ms -> %s / %s', (ms, vi, en) => {
		expect(formatInterval(ms, 'vi')).toBe(vi);
		expect(formatInterval(ms, 'en')).toBe(en);
	});

	it('refuses a non-number', () => {
		expect(() => formatInterval(Number.NaN, 'vi')).toThrow(SchedulingError);
	});
});

describe('rebuildCard', () => {
	const steps: [number, Rating][] = [
		[0, 3],
		[10 * MIN, 3],
		[2 * DAY, 3],
		[9 * DAY, 1],
		[9 * DAY + 10 * MIN, 3],
		[12 * DAY, 2],
		[30 * DAY, 4]
	];

	it.each([noFuzz, { fuzz: true }, { desiredRetention: 0.95 }])(
		'equals the card reviewed step by step (%o)',
		(opts) => {
			let card = newCard('q', 'd', T0);
			for (const [ms, rating] of steps) card = review(card, rating, at(ms), opts);
			expect(rebuildCard('q', 'd', log('q', steps), at(40 * DAY), opts)).toEqual(card);
		}
	);

	it('replays in time order whatever order the log comes in', () => {
		const reviews = log('q', steps);
		const shuffled = [
			reviews[3]!,
			reviews[0]!,
			reviews[6]!,
			reviews[1]!,
			reviews[5]!,
			reviews[2]!,
			reviews[4]!
		];
		expect(rebuildCard('q', 'd', shuffled)).toEqual(rebuildCard('q', 'd', reviews));
	});

	it('ignores reviews of other questions', () => {
		const mixed = [
			...log('q', steps),
			...log('other', [
				[DAY, 1],
				[3 * DAY, 1]
			])
		];
		expect(rebuildCard('q', 'd', mixed)).toEqual(rebuildCard('q', 'd', log('q', steps)));
	});

	it('skips damaged reviews instead of failing the repair', () => {
		const damaged = [
			...log('q', steps),
			{ ...log('q', [[DAY, 3]])[0]!, id: 'bad-rating', rating: 0 as Rating },
			{ ...log('q', [[DAY, 3]])[0]!, id: 'bad-time', at: Number.NaN }
		];
		expect(rebuildCard('q', 'd', damaged)).toEqual(rebuildCard('q', 'd', log('q', steps)));
	});

	it('gives a new card as of now when there is no review', () => {
		expect(rebuildCard('q', 'd', [], T0)).toEqual(newCard('q', 'd', T0));
	});

	it('repairs a damaged card: the rebuilt one differs from the corrupted record', () => {
		const good = rebuildCard('q', 'd', log('q', steps), T0, noFuzz);
		const corrupted: CardRecord = { ...good, stability: Number.NaN, due: 0, reps: 0 };
		expect(rebuildCard('q', 'd', log('q', steps), T0, noFuzz)).not.toEqual(corrupted);
		expect(Number.isFinite(good.stability)).toBe(true);
		expect(good.reps).toBe(steps.length);
	});
});

describe('isDue, isNew', () => {
	const learned = review(newCard('a', 'd', T0), 3, T0, noFuzz); // due in 10 minutes
	const fresh = newCard('b', 'd', T0);

	it('says a studied card is due once its time has come, and not before', () => {
		expect(isDue(learned, at(9 * MIN))).toBe(false);
		expect(isDue(learned, at(10 * MIN))).toBe(true);
		expect(isDue(learned, at(DAY))).toBe(true);
	});

	it('never calls a new card due: it is new', () => {
		expect(isDue(fresh, at(DAY))).toBe(false);
		expect(isNew(fresh)).toBe(true);
		expect(isNew(learned)).toBe(false);
	});
});
