/**
 * "Check and repair" (Kiểm tra và sửa dữ liệu), pure: given everything the database holds, plan what to
 * rewrite and what to delete so that every record passes the rules the app writes with, and say what was
 * fixed. Anki's Check Database is the model: derived data (cards, quiz scores) is rebuilt from the review
 * log, which is the truth; what cannot be rebuilt and breaks the rules is removed; settings out of range
 * go back to their defaults. Storage runs the plan in one transaction.
 */
import { canonicalJson } from './backup';
import {
	checkQuizAttempt,
	checkReviewRecord,
	isOverruleReview,
	normalizeAttempt,
	normalizeReview
} from './progress-rules';
import { checkCardRecord, isObject, RECORD_LIMITS, type TimeWindow } from './record-rules';
import type {
	AcceptedAnswer,
	CardRecord,
	QuestionFlag,
	QuizAnswer,
	QuizAttempt,
	ReviewRecord
} from './records';
import { planFlagsRepair, type StoredKey } from './repair-flags';
import { rebuildCard, type ScheduleOptions } from './scheduling';
import { settingsOrDefaults, type Settings, type SettingsField } from './settings';
import { scoreAttempt } from './quiz';

/** Everything the database holds, as read, unchecked. */
export interface StoredRecords {
	cards: unknown[];
	reviews: unknown[];
	attempts: unknown[];
	deckIds: readonly string[];
	/** The stored settings record, or undefined when none was ever saved. */
	settings: unknown;
	/** Reports ("Báo câu hỏi sai") and answers remembered as right; absent is none (repair-flags.ts). */
	flags?: unknown[];
	accepted?: unknown[];
}

export interface RepairOptions {
	now: Date;
	/** Questions each deck asks (as for import): one its deck does not ask gets no new card. */
	questions?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What repair did, for the settings screen; every count is of records written or deleted. */
export interface RepairReport {
	/** Cards whose state did not match the replay of their answers (or had impossible values). */
	cardsRebuilt: number;
	/** Cards never answered whose values were impossible, made new again. */
	cardsReset: number;
	/** Cards of no deck (orphaned). */
	cardsRemoved: number;
	/** Answers kept with their time or text brought within bounds, or unknown fields dropped. */
	reviewsFixed: number;
	/** Answers that break the rules beyond repair (impossible rating, time, verdict): removed. */
	reviewsRemoved: number;
	/** Quizzes whose answers or score disagreed with the review log, rewritten from it. */
	attemptsFixed: number;
	/** Quizzes of no deck, or broken beyond repair. */
	attemptsRemoved: number;
	/** Reports and remembered answers brought within the rules (a time off the clock, an unknown reason). */
	flagsFixed: number;
	acceptedFixed: number;
	/** Reports and remembered answers of no deck, of a question no deck asks, or broken beyond use. */
	flagsRemoved: number;
	acceptedRemoved: number;
	/** Settings out of range, put back to their defaults. */
	settingsReset: SettingsField[];
	/** Every record written or deleted, all kinds together: 0 when the data had nothing wrong. */
	fixed: number;
}

export interface RepairPlan {
	report: RepairReport;
	putCards: CardRecord[];
	deleteCards: string[];
	putReviews: ReviewRecord[];
	deleteReviews: string[];
	putAttempts: QuizAttempt[];
	deleteAttempts: string[];
	/** Set when the stored settings must be rewritten. */
	settings: Settings | null;
	putFlags: QuestionFlag[];
	/** Keys as stored: [deckId, questionId]. */
	deleteFlags: StoredKey[];
	putAccepted: AcceptedAnswer[];
	/** Keys as stored: [deckId, questionId, answer]. */
	deleteAccepted: StoredKey[];
}

const fixedCount = (r: Omit<RepairReport, 'fixed'>) =>
	r.cardsRebuilt +
	r.cardsReset +
	r.cardsRemoved +
	r.reviewsFixed +
	r.reviewsRemoved +
	r.attemptsFixed +
	r.attemptsRemoved +
	r.flagsFixed +
	r.flagsRemoved +
	r.acceptedFixed +
	r.acceptedRemoved +
	r.settingsReset.length;

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const keyOf = (v: unknown, key: string) => (isObject(v) && typeof v[key] === 'string' ? v[key] : null);

function attempt<T>(check: () => T): T | null {
	try {
		return check();
	} catch {
		return null;
	}
}

/**
 * Plans the repair. Reviews first (the log everything else is rebuilt from), then cards from the log,
 * then quizzes against the log, then settings.
 *
 * @example planRepair({ cards: [{ ...card, stability: -5 }], reviews, attempts: [], deckIds: ['d'], settings: undefined }, { now }).report.cardsRebuilt // 1
 */
export function planRepair(db: StoredRecords, options: RepairOptions): RepairPlan {
	// A phone's clock may run a little ahead of the one that wrote the record; a day more is noise.
	const window: TimeWindow = { earliest: RECORD_LIMITS.earliest, latest: options.now.getTime() + 86_400_000 };
	const decks = new Set(db.deckIds);
	const plan: RepairPlan = {
		report: {
			cardsRebuilt: 0,
			cardsReset: 0,
			cardsRemoved: 0,
			reviewsFixed: 0,
			reviewsRemoved: 0,
			attemptsFixed: 0,
			attemptsRemoved: 0,
			flagsFixed: 0,
			acceptedFixed: 0,
			flagsRemoved: 0,
			acceptedRemoved: 0,
			settingsReset: [],
			fixed: 0
		},
		putCards: [],
		deleteCards: [],
		putReviews: [],
		deleteReviews: [],
		putAttempts: [],
		deleteAttempts: [],
		settings: null,
		putFlags: [],
		deleteFlags: [],
		putAccepted: [],
		deleteAccepted: []
	};
	const { report } = plan;

	const log: ReviewRecord[] = [];
	for (const raw of db.reviews) {
		const clean = attempt(() => checkReviewRecord(normalizeReview(raw as ReviewRecord), 'review', window));
		const id = keyOf(raw, 'id');
		if (!clean) {
			if (id !== null) plan.deleteReviews.push(id);
			report.reviewsRemoved++;
			continue;
		}
		log.push(clean);
		if (!same(clean, raw)) {
			plan.putReviews.push(clean);
			report.reviewsFixed++;
		}
	}

	const settings = settingsOrDefaults(db.settings);
	report.settingsReset = settings.reset;
	if (db.settings !== undefined && !same(settings.settings, db.settings)) plan.settings = settings.settings;
	const opts: ScheduleOptions = { desiredRetention: settings.settings.desiredRetention, fuzz: true };

	repairCards(db.cards, log, decks, options, opts, plan);
	repairAttempts(db.attempts, log, decks, window, plan);
	const verdicts = planFlagsRepair({
		flags: db.flags ?? [],
		accepted: db.accepted ?? [],
		decks,
		questions: options.questions,
		now: options.now,
		window
	});
	Object.assign(plan, {
		putFlags: verdicts.putFlags,
		deleteFlags: verdicts.deleteFlags,
		putAccepted: verdicts.putAccepted,
		deleteAccepted: verdicts.deleteAccepted
	});
	report.flagsFixed = verdicts.flagsFixed;
	report.flagsRemoved = verdicts.flagsRemoved;
	report.acceptedFixed = verdicts.acceptedFixed;
	report.acceptedRemoved = verdicts.acceptedRemoved;
	report.fixed = fixedCount(report);
	return plan;
}

function repairCards(
	stored: unknown[],
	log: ReviewRecord[],
	decks: ReadonlySet<string>,
	options: RepairOptions,
	opts: ScheduleOptions,
	plan: RepairPlan
): void {
	const { report } = plan;
	const asks = (deckId: string, questionId: string) =>
		options.questions?.get(deckId)?.has(questionId) ?? true;
	const byQuestion = new Map<string, ReviewRecord[]>();
	for (const r of log) byQuestion.set(r.questionId, [...(byQuestion.get(r.questionId) ?? []), r]);
	const cards = new Map<string, unknown>();
	for (const c of stored) {
		const id = keyOf(c, 'questionId');
		if (id !== null) cards.set(id, c);
	}
	for (const [questionId, reviews] of byQuestion) {
		const deckId = reviews.at(-1)!.deckId;
		// A question its deck no longer asks keeps its card (kept right), but never gets a new one: as on import.
		if (!decks.has(deckId) || (!cards.has(questionId) && !asks(deckId, questionId))) continue;
		const rebuilt = rebuildCard(questionId, deckId, reviews, options.now, opts);
		if (!same(cards.get(questionId), rebuilt)) {
			plan.putCards.push(rebuilt);
			report.cardsRebuilt++;
		}
	}
	for (const [questionId, card] of cards) {
		const deckId = keyOf(card, 'deckId');
		const reviewed = byQuestion.has(questionId);
		if (deckId === null || !decks.has(deckId)) {
			plan.deleteCards.push(questionId);
			report.cardsRemoved++;
		} else if (!reviewed && !attempt(() => checkCardRecord(card, 'card'))) {
			// Nothing to replay: a card never answered is a new card.
			plan.putCards.push(rebuildCard(questionId, deckId, [], options.now, opts));
			report.cardsReset++;
		}
	}
}

/**
 * A quiz's answers as its review log states them: the first answer to each question in this quiz, marked
 * overruled when an "I was right" review follows it. Null when the log holds nothing of this quiz (an
 * attempt written before reviews named their quiz): then the stored answers stand.
 */
function answersFromLog(a: QuizAttempt, log: readonly ReviewRecord[]): (QuizAnswer | null)[] | null {
	const own = log.filter((r) => r.attemptId === a.id).sort((x, y) => x.at - y.at);
	if (!own.length) return null;
	return a.questionIds.map((questionId, i) => {
		const reviews = own.filter((r) => r.questionId === questionId);
		const first = reviews.find((r) => !isOverruleReview(r));
		if (!first) return null;
		const stored = a.answers[i];
		const overruled = reviews.some((r) => isOverruleReview(r) && r.at >= first.at);
		const answer: QuizAnswer = {
			questionId,
			given: first.given,
			grade: first.grade ?? (first.correct ? 'correct' : 'wrong'),
			correct: first.correct || overruled,
			ms: stored?.ms ?? first.ms,
			at: first.at
		};
		if (overruled) answer.overruled = true;
		// The stored answer agrees with the log: keep it as written (its time is the quiz's own).
		return stored && stored.grade === answer.grade && stored.correct === answer.correct ? stored : answer;
	});
}

function repairAttempts(
	stored: unknown[],
	log: ReviewRecord[],
	decks: ReadonlySet<string>,
	window: TimeWindow,
	plan: RepairPlan
): void {
	const { report } = plan;
	for (const raw of stored) {
		const id = keyOf(raw, 'id');
		const remove = () => {
			if (id !== null) plan.deleteAttempts.push(id);
			report.attemptsRemoved++;
		};
		const deckId = keyOf(raw, 'deckId');
		if (deckId === null || !decks.has(deckId) || !isObject(raw) || !Array.isArray(raw.answers)) {
			remove();
			continue;
		}
		let a = normalizeAttempt(raw as unknown as QuizAttempt);
		const answers = Array.isArray(a.questionIds) ? answersFromLog(a, log) : null;
		if (answers) a = { ...a, answers };
		if (a.finishedAt !== undefined) {
			a = { ...a, finishedAt: Math.max(a.finishedAt, a.startedAt), score: scoreAttempt(a).ratio };
		} else if (a.score !== undefined) {
			const { score: _, ...unfinished } = a;
			a = unfinished;
		}
		const clean = attempt(() => checkQuizAttempt(a, 'attempt', window));
		if (!clean) remove();
		else if (!same(clean, raw)) {
			plan.putAttempts.push(clean);
			report.attemptsFixed++;
		}
	}
}
