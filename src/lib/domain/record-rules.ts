/**
 * What a stored record may hold: the bounds, the small checks they are made of, and the rules of a card's
 * FSRS state. One module for every writer and reader: storage checks each write with it, backup import
 * checks each record of a file with it, repair finds damaged cards with it. A record that passes is one
 * the app itself could have written. Kept free of heavy imports, because the home screen checks the cards
 * it reads; the rules of the review log, quiz attempts and decks are in progress-rules.ts.
 */
import type { CardRecord } from './records';

const DAY = 86_400_000;

/**
 * The bounds. Ids: a deck id is at most 200 characters (settings' matchBest keys rely on it) and a review
 * id is `${at}-${questionId}-${8 random}`. FSRS: ts-fsrs keeps stability within S_MIN..S_MAX and
 * difficulty within 1..10, and never schedules beyond its maximum interval (a test holds these equal to
 * ts-fsrs's own constants, which this module does not import: it is on the home screen).
 */
export const RECORD_LIMITS = {
	idLength: 200,
	reviewIdLength: 240,
	/** Deck titles and sources. */
	textLength: 2000,
	/** An imported deck's article: the extractor's own input limit (extract/input.ts MAX_INPUT_LENGTH). */
	articleLength: 500_000,
	/** One text of an answer (a typed answer, a chosen option, one side of a pair). */
	givenText: 1000,
	/** The learner's comment on a reported question. */
	flagComment: 500,
	/** A remembered accepted answer: typed answers are at most five words, so this is generous. */
	acceptedAnswer: 200,
	/** Items of an answer list (options of a multi answer, pairs of a match). */
	givenItems: 50,
	/** The time one answer may take: a page left open overnight is not study time. */
	answerMs: DAY,
	quizQuestions: 5000,
	timeLimitMinutes: 24 * 60,
	stabilityMin: 0.001,
	stabilityMax: 36_500,
	difficultyMin: 1,
	difficultyMax: 10,
	maxIntervalDays: 36_500,
	learningSteps: 100,
	reps: 1_000_000,
	/** No record of this app is older: the app did not exist before. */
	earliest: Date.UTC(2020, 0, 1)
} as const;

/** What is wrong with a field; the UI turns it into a sentence in the learner's language. */
export type RuleProblem =
	| 'missing'
	| 'wrong-type'
	| 'empty'
	| 'too-long'
	| 'not-integer'
	| 'out-of-range'
	| 'unknown-value'
	| 'before-2020'
	| 'after-export'
	| 'inconsistent'
	| 'duplicate'
	| 'unknown-deck';

/** A record breaks a rule. `path` names the field (`reviews[3].ms`); `message` says it in English. */
export class RecordRuleError extends Error {
	override name = 'RecordRuleError';
	constructor(
		readonly path: string,
		readonly problem: RuleProblem,
		message: string
	) {
		super(`${path}: ${message}`);
	}
}

/** The times a record may carry: not before the app existed, not after the moment it was exported. */
export interface TimeWindow {
	earliest: number;
	latest: number;
}

export type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function fail(path: string, problem: RuleProblem, message: string): never {
	throw new RecordRuleError(path, problem, message);
}

/** A short printable form of any value for an English message; never throws, never long. */
export function show(v: unknown): string {
	if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
	if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
	return Array.isArray(v) ? 'a list' : 'an object';
}

/** An own field only: nothing read through a prototype. */
export function field(o: Obj, key: string): unknown {
	return Object.hasOwn(o, key) ? o[key] : undefined;
}

export function object(v: unknown, path: string): Obj {
	if (v === undefined) fail(path, 'missing', 'is missing');
	if (!isObject(v)) fail(path, 'wrong-type', `must be an object, is ${show(v)}`);
	return v;
}

/** A non-empty id of at most `max` characters. */
export function id(v: unknown, path: string, max: number = RECORD_LIMITS.idLength): string {
	if (v === undefined) fail(path, 'missing', 'is missing');
	if (typeof v !== 'string') fail(path, 'wrong-type', `must be text, is ${show(v)}`);
	if (!v) fail(path, 'empty', 'is empty');
	if (v.length > max) fail(path, 'too-long', `is ${v.length} characters long, over ${max}`);
	return v;
}

export function text(v: unknown, path: string, max: number): string {
	if (v === undefined) fail(path, 'missing', 'is missing');
	if (typeof v !== 'string') fail(path, 'wrong-type', `must be text, is ${show(v)}`);
	if (v.length > max) fail(path, 'too-long', `is ${v.length} characters long, over ${max}`);
	return v;
}

export function bool(v: unknown, path: string): boolean {
	if (v === undefined) fail(path, 'missing', 'is missing');
	if (typeof v !== 'boolean') fail(path, 'wrong-type', `must be true or false, is ${show(v)}`);
	return v;
}

/** A finite number within [min, max], a whole one when `integer`. */
export function num(v: unknown, path: string, min: number, max: number, integer = false): number {
	if (v === undefined) fail(path, 'missing', 'is missing');
	if (typeof v !== 'number' || !Number.isFinite(v))
		fail(path, 'wrong-type', `must be a number, is ${show(v)}`);
	if (integer && !Number.isInteger(v)) fail(path, 'not-integer', `must be a whole number, is ${v}`);
	if (v < min || v > max) fail(path, 'out-of-range', `must be from ${min} to ${max}, is ${v}`);
	return v;
}

export function oneOf<T>(v: unknown, path: string, values: readonly T[]): T {
	if (v === undefined) fail(path, 'missing', 'is missing');
	if (!values.includes(v as T)) fail(path, 'unknown-value', `is ${show(v)}, not one of ${values.join(', ')}`);
	return v as T;
}

/**
 * An epoch-ms time. Without a window it need only be a number (a phone's clock may say anything when an
 * answer is written, and the answer must still be kept); with one it must lie inside it.
 */
export function time(v: unknown, path: string, window?: TimeWindow): number {
	const t = num(v, path, -8.64e15, 8.64e15);
	if (window && t < window.earliest)
		fail(path, 'before-2020', `is ${new Date(t).toISOString()}, before 2020`);
	if (window && t > window.latest) {
		fail(path, 'after-export', `is ${new Date(t).toISOString()}, after the file was made`);
	}
	return t;
}

const L = RECORD_LIMITS;
const CARD_PHASES = [0, 1, 2, 3] as const;

/**
 * Checks a card's scheduling state and returns a clean copy (known fields only). A card never reviewed
 * (state 0) has no stability or difficulty yet (both 0, as ts-fsrs creates it); once reviewed it has
 * stability and difficulty in FSRS's ranges, at least one rep and a last review. With a window, the last
 * review lies in it and the due date at most FSRS's longest interval after it.
 *
 * @example checkCardRecord({ ...card, stability: -5 }, 'cards[0]') // throws RecordRuleError at cards[0].stability
 */
export function checkCardRecord(v: unknown, path: string, window?: TimeWindow): CardRecord {
	const o = object(v, path);
	const at = (k: string) => `${path}.${k}`;
	const get = (k: string) => field(o, k);
	const state = oneOf(get('state'), at('state'), CARD_PHASES);
	const fresh = state === 0;
	const reps = num(get('reps'), at('reps'), fresh ? 0 : 1, L.reps, true);
	const card: CardRecord = {
		questionId: id(get('questionId'), at('questionId')),
		deckId: id(get('deckId'), at('deckId')),
		due: 0,
		stability: fresh
			? num(get('stability'), at('stability'), 0, 0)
			: num(get('stability'), at('stability'), L.stabilityMin, L.stabilityMax),
		difficulty: fresh
			? num(get('difficulty'), at('difficulty'), 0, 0)
			: num(get('difficulty'), at('difficulty'), L.difficultyMin, L.difficultyMax),
		elapsedDays: num(get('elapsedDays'), at('elapsedDays'), 0, L.maxIntervalDays),
		scheduledDays: num(get('scheduledDays'), at('scheduledDays'), 0, L.maxIntervalDays),
		learningSteps: num(get('learningSteps'), at('learningSteps'), 0, L.learningSteps, true),
		reps,
		lapses: num(get('lapses'), at('lapses'), 0, reps, true),
		state
	};
	const last = get('lastReview');
	if (last !== undefined) card.lastReview = time(last, at('lastReview'), window);
	else if (!fresh) fail(at('lastReview'), 'missing', 'is missing on a card that was reviewed');
	const latestDue = window && window.latest + (L.maxIntervalDays + 1) * DAY;
	card.due = time(get('due'), at('due'), window && { earliest: window.earliest, latest: latestDue! });
	return card;
}
