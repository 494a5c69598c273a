/**
 * Spaced repetition around ts-fsrs, kept pure: the caller passes `now` (and, if it wants, the randomness
 * for fuzz), so the same inputs always give the same card. Card state is stored as plain CardRecord
 * (epoch ms) and converted to ts-fsrs's Card only inside this module.
 */
import {
	createEmptyCard,
	fsrs,
	State,
	StrategyMode,
	type AbstractScheduler,
	type Card,
	type FSRS,
	type TSeedStrategy,
	type Grade as FsrsGrade
} from 'ts-fsrs';
import type { CardPhase, CardRecord, Rating, ReviewRecord } from './records';
import { DEFAULT_SETTINGS, SETTINGS_BOUNDS } from './settings';

export type { CardRecord, Rating } from './records';

/** Thrown when scheduling is given something it cannot work with (bad rating, retention, date). */
export class SchedulingError extends Error {
	override name = 'SchedulingError';
}

export interface ScheduleOptions {
	/** Probability of recall FSRS aims for when the card is due; kept within 0.7..0.99. Default 0.9. */
	desiredRetention?: number;
	/**
	 * Spread review intervals a little so cards learnt together do not all fall due together. Default
	 * true (the app); tests may turn it off. Even with fuzz the result is deterministic: see `rng`.
	 */
	fuzz?: boolean;
	/**
	 * Randomness for fuzz: one value is drawn per review and seeds ts-fsrs's fuzz generator. Without it
	 * the seed is the question id, review time and card state, so replaying a review log (rebuildCard)
	 * reproduces exactly the same intervals: leave it out unless you need other randomness.
	 */
	rng?: () => number;
}

const RATINGS: readonly Rating[] = [1, 2, 3, 4];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The question id rides along on the ts-fsrs card so the fuzz seed differs between cards. */
type SeededCard = Card & { questionId: string };

const schedulers = new Map<string, FSRS>();

/**
 * A probability is required; one outside the settings' bounds is brought inside rather than refused: an
 * answer must never fail to be recorded, and the bounds themselves are the settings' rule
 * (SETTINGS_BOUNDS), not this module's.
 */
function checkRetention(r: number): number {
	if (!Number.isFinite(r) || r <= 0 || r > 1) {
		throw new SchedulingError(`desiredRetention must be a probability (0 < r <= 1), got ${r}`);
	}
	const { min, max } = SETTINGS_BOUNDS.desiredRetention;
	return Math.min(max, Math.max(min, r));
}

function checkDate(now: Date, what: string): number {
	const t = now instanceof Date ? now.getTime() : NaN;
	if (!Number.isFinite(t)) throw new SchedulingError(`${what} must be a valid Date`);
	return t;
}

function checkRating(rating: number): Rating {
	if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) {
		throw new SchedulingError(`rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got ${rating}`);
	}
	return rating;
}

/**
 * The fuzz seed: the question id, the review time, the reps and difficulty × stability (ts-fsrs's default
 * seed plus the id, so cards reviewed together still spread). A rebuild from the log (rebuildCard) replays
 * the same seeds and so the same intervals: change this and stored cards no longer equal their rebuild.
 * The scheduler's fields are protected, hence the cast.
 */
const seedFromCard: TSeedStrategy = function (this: AbstractScheduler) {
	const self = this as unknown as { review_time: Date; current: Partial<SeededCard> & Card };
	const c = self.current;
	return `${c.questionId ?? ''}_${self.review_time.getTime()}_${c.reps}_${c.difficulty * c.stability}`;
};

/** One ts-fsrs instance per (retention, fuzz), reused: building one costs more than a review. */
function scheduler(opts: ScheduleOptions = {}): FSRS {
	const retention = checkRetention(opts.desiredRetention ?? DEFAULT_SETTINGS.desiredRetention);
	const fuzz = opts.fuzz ?? true;
	if (opts.rng) {
		const rng = opts.rng;
		return fsrs({ request_retention: retention, enable_fuzz: fuzz }).useStrategy(StrategyMode.SEED, () =>
			String(rng())
		);
	}
	const key = `${retention}|${fuzz}`;
	let f = schedulers.get(key);
	if (!f) {
		f = fsrs({ request_retention: retention, enable_fuzz: fuzz }).useStrategy(
			StrategyMode.SEED,
			seedFromCard
		);
		schedulers.set(key, f);
	}
	return f;
}

function toFsrs(card: CardRecord): SeededCard {
	return {
		questionId: card.questionId,
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsedDays,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as State,
		last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview)
	};
}

function fromFsrs(questionId: string, deckId: string, c: Card): CardRecord {
	const record: CardRecord = {
		questionId,
		deckId,
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsedDays: c.elapsed_days,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state as number as CardPhase
	};
	if (c.last_review) record.lastReview = c.last_review.getTime();
	return record;
}

/** A card never studied, due at once. */
export function newCard(questionId: string, deckId: string, now: Date): CardRecord {
	if (!questionId) throw new SchedulingError('newCard needs a question id');
	checkDate(now, 'newCard: now');
	return fromFsrs(questionId, deckId, createEmptyCard(now));
}

/**
 * The review time actually used: never before the card's last review. A phone's clock can jump back
 * (set by hand, corrected by the network) and a backup can carry reviews from a device whose clock ran
 * ahead; ts-fsrs refuses a negative elapsed time, and an answer must never fail to be recorded.
 */
function reviewTime(card: CardRecord, now: Date, what: string): Date {
	const t = checkDate(now, what);
	return card.lastReview !== undefined && card.lastReview > t ? new Date(card.lastReview) : now;
}

/**
 * The card after the learner rated it at `now`. The input card is not changed. A `now` earlier than the
 * card's last review counts as that last review's time (see reviewTime).
 */
export function review(card: CardRecord, rating: Rating, now: Date, opts?: ScheduleOptions): CardRecord {
	const r = checkRating(rating);
	const at = reviewTime(card, now, 'review: now');
	const next = scheduler(opts).next(toFsrs(card), at, r as FsrsGrade);
	return fromFsrs(card.questionId, card.deckId, next.card);
}

/** Milliseconds from `now` until the card would be due again, for each rating (shown on the buttons). */
export function previewIntervals(
	card: CardRecord,
	now: Date,
	opts?: ScheduleOptions
): Record<Rating, number> {
	const t = checkDate(now, 'previewIntervals: now');
	const at = reviewTime(card, now, 'previewIntervals: now');
	const f = scheduler(opts);
	const c = toFsrs(card);
	const out = {} as Record<Rating, number>;
	for (const r of RATINGS) out[r] = f.next(c, at, r as FsrsGrade).card.due.getTime() - t;
	return out;
}

const UNITS = {
	vi: {
		minute: ['phút', 'phút'],
		hour: ['giờ', 'giờ'],
		day: ['ngày', 'ngày'],
		month: ['tháng', 'tháng'],
		year: ['năm', 'năm']
	},
	en: {
		minute: ['min', 'min'],
		hour: ['hour', 'hours'],
		day: ['day', 'days'],
		month: ['month', 'months'],
		year: ['year', 'years']
	}
} as const;

/**
 * A short human interval for a rating button: "10 phút", "3 ngày", "2 tháng", "1,5 năm" /
 * "10 min", "3 days", "2 months", "1.5 years". Months and years keep one decimal below 10 because
 * "1 month" for 45 days would hide a real difference between two buttons.
 */
export function formatInterval(ms: number, lang: 'vi' | 'en'): string {
	if (!Number.isFinite(ms)) throw new SchedulingError(`formatInterval: not a number of ms: ${ms}`);
	const tag = lang === 'vi' ? 'vi-VN' : 'en-GB';
	const units = UNITS[lang];
	const m = Math.max(ms, 0);
	let n: number;
	let unit: keyof typeof units;
	if (m < HOUR) {
		n = Math.max(1, Math.round(m / MINUTE));
		unit = 'minute';
		if (n === 60) return formatInterval(HOUR, lang);
	} else if (m < DAY) {
		n = Math.round(m / HOUR);
		unit = 'hour';
		if (n === 24) return formatInterval(DAY, lang);
	} else if (m < 30 * DAY) {
		n = Math.round(m / DAY);
		unit = 'day';
	} else if (m < 365 * DAY) {
		n = m / (30 * DAY);
		unit = 'month';
	} else {
		n = m / (365 * DAY);
		unit = 'year';
	}
	if (unit === 'month' || unit === 'year') n = n < 10 ? Math.round(n * 10) / 10 : Math.round(n);
	const text = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(n);
	return `${text} ${units[unit][n === 1 ? 0 : 1]}`;
}

/**
 * Replays a review log in time order from a new card: the card state is derived data, the log the
 * truth. With the default (seeded) fuzz the result equals the card reviewed step by step with the same
 * options. Reviews of other questions are ignored, and so are damaged ones (a rating that is not 1-4,
 * a time that is not a number): repair must work on the log it is given, not give up on it. With no
 * usable review the card is new as of `now`.
 */
export function rebuildCard(
	questionId: string,
	deckId: string,
	reviews: readonly ReviewRecord[],
	now: Date = new Date(),
	opts?: ScheduleOptions
): CardRecord {
	const own = reviews
		.filter(
			(r) =>
				r.questionId === questionId &&
				Number.isFinite(r.at) &&
				(r.rating === 1 || r.rating === 2 || r.rating === 3 || r.rating === 4)
		)
		.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const first = own[0];
	let card = newCard(questionId, deckId, first ? new Date(first.at) : now);
	for (const r of own) card = review(card, r.rating, new Date(r.at), opts);
	return card;
}
