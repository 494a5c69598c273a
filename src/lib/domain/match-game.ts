/**
 * The match game: boards of 5-6 left-right pairs drawn from the bank's match questions (officials and
 * their posts, figures and what they count), and the pure rules of play: select, pair, count misses,
 * score time with a penalty per miss. Boards are built from WHOLE match questions where possible, so a
 * finished board can be recorded as answers to those questions (see `recordableAnswers`).
 */
import type { Rng } from './random';
import type { Question } from './types';

export type MatchPair = [string, string];

/** The two games: people with their posts, and figures with what they count. */
export type MatchSetKind = 'people' | 'figures';

export const BOARD_MIN = 5;
export const BOARD_MAX = 6;
/** Added to the time for each wrong pair. */
export const MISS_PENALTY_MS = 1000;

export class MatchError extends Error {
	override name = 'MatchError';
}

export interface MatchBoard {
	kind: MatchSetKind;
	/** The true pairs on the board. */
	pairs: MatchPair[];
	/** Left and right items in display order (shuffled independently). */
	lefts: string[];
	rights: string[];
	/** Match questions whose pairs are all on this board: the ones a finished board answers. */
	questionIds: string[];
}

/** Text compared loosely (NFC, case, spaces) so that two spellings of one item are one item. */
function norm(s: string): string {
	return s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

function key(l: string, r: string): string {
	return `${norm(l)}\u0000${norm(r)}`;
}

/** A match question is about figures when most of its left or right items carry a digit. */
export function matchKind(q: Question): MatchSetKind {
	const pairs = q.pairs ?? [];
	const withDigit = pairs.filter(([l, r]) => /\d/.test(l) || /\d/.test(r)).length;
	return withDigit * 2 > pairs.length ? 'figures' : 'people';
}

/** The bank's usable match questions (at least two pairs) of one kind. */
export function matchQuestions(questions: readonly Question[], kind: MatchSetKind): Question[] {
	// A series in its order (Question.connects) pairs ranks with items: not a board of people or figures.
	return questions.filter(
		(q) => q.type === 'match' && !q.connects && (q.pairs?.length ?? 0) >= 2 && matchKind(q) === kind
	);
}

/** Which kinds of game the bank can offer. */
export function availableKinds(questions: readonly Question[]): MatchSetKind[] {
	return (['people', 'figures'] as const).filter((k) => matchQuestions(questions, k).length > 0);
}

/**
 * True when the board's pairs can be matched only one way: no item appears twice, and no left item is
 * truly related (per every pair the bank states) to a right item of another pair on the board — a person
 * with two posts must not meet both of them.
 */
export function isUnambiguous(pairs: readonly MatchPair[], truth: ReadonlySet<string>): boolean {
	const lefts = new Set(pairs.map(([l]) => norm(l)));
	const rights = new Set(pairs.map(([, r]) => norm(r)));
	if (lefts.size !== pairs.length || rights.size !== pairs.length) return false;
	for (const [l] of pairs) {
		for (const [l2, r] of pairs) {
			if (l2 !== l && truth.has(key(l, r))) return false;
		}
	}
	return true;
}

/** Every pair the given match questions state, as lookup keys. */
export function truthOf(questions: readonly Question[]): Set<string> {
	const t = new Set<string>();
	for (const q of questions) for (const [l, r] of q.pairs ?? []) t.add(key(l, r));
	return t;
}

/**
 * Builds a board of the kind: a random whole match question, more whole questions while they fit and
 * keep the board unambiguous, then single pairs from other questions to reach BOARD_MIN. A question
 * with more than BOARD_MAX pairs is cut (and is then not recorded). Throws MatchError when the bank has
 * no match question of that kind.
 */
export function buildBoard(questions: readonly Question[], kind: MatchSetKind, rng: Rng): MatchBoard {
	const pool = matchQuestions(questions, kind);
	if (!pool.length) throw new MatchError(`The bank has no match question of kind "${kind}"`);
	const truth = truthOf(pool);
	const order = rng.shuffle(pool);
	const pairs: MatchPair[] = [];
	const questionIds: string[] = [];
	for (const q of order) {
		const qp = rng.shuffle(q.pairs ?? []);
		if (pairs.length + qp.length > BOARD_MAX) {
			if (pairs.length) continue;
			pairs.push(...qp.slice(0, BOARD_MAX));
			continue;
		}
		if (!isUnambiguous([...pairs, ...qp], truth)) continue;
		pairs.push(...qp);
		questionIds.push(q.id);
		if (pairs.length >= BOARD_MIN) break;
	}
	if (pairs.length < BOARD_MIN) {
		for (const q of order) {
			for (const p of rng.shuffle(q.pairs ?? [])) {
				if (pairs.length >= BOARD_MIN) break;
				if (isUnambiguous([...pairs, p], truth)) pairs.push(p);
			}
		}
	}
	return {
		kind,
		pairs,
		lefts: rng.shuffle(pairs.map(([l]) => l)),
		rights: rng.shuffle(pairs.map(([, r]) => r)),
		questionIds
	};
}

/** True when `left` and `right` are a pair of this board. */
export function checkPair(board: MatchBoard, left: string, right: string): boolean {
	return board.pairs.some(([l, r]) => l === left && r === right);
}

export interface MatchPlay {
	/** Left items already paired. */
	matched: string[];
	selectedLeft: string | null;
	selectedRight: string | null;
	misses: number;
	/** For each left item, the right item first tried with it: the learner's "answer" for recording. */
	firstTry: Record<string, string>;
	/** The last wrong pair, for the flash. */
	lastMiss: MatchPair | null;
}

export function newPlay(): MatchPlay {
	return { matched: [], selectedLeft: null, selectedRight: null, misses: 0, firstTry: {}, lastMiss: null };
}

/**
 * Selects an item on one side. When both sides have a selection, the pair is checked: a right pair is
 * matched, a wrong one counts a miss; either way both selections clear. Selecting a matched item, or
 * an item not on the board, throws MatchError.
 */
export function select(board: MatchBoard, play: MatchPlay, side: 'left' | 'right', item: string): MatchPlay {
	const items = side === 'left' ? board.lefts : board.rights;
	if (!items.includes(item)) throw new MatchError(`"${item}" is not a ${side} item of this board`);
	const matchedRights = board.pairs.filter(([l]) => play.matched.includes(l)).map(([, r]) => r);
	if ((side === 'left' ? play.matched : matchedRights).includes(item)) {
		throw new MatchError(`"${item}" is already matched`);
	}
	const left = side === 'left' ? (play.selectedLeft === item ? null : item) : play.selectedLeft;
	const right = side === 'right' ? (play.selectedRight === item ? null : item) : play.selectedRight;
	if (left === null || right === null)
		return { ...play, selectedLeft: left, selectedRight: right, lastMiss: null };
	const firstTry = left in play.firstTry ? play.firstTry : { ...play.firstTry, [left]: right };
	if (checkPair(board, left, right)) {
		return {
			...play,
			matched: [...play.matched, left],
			selectedLeft: null,
			selectedRight: null,
			firstTry,
			lastMiss: null
		};
	}
	return {
		...play,
		selectedLeft: null,
		selectedRight: null,
		misses: play.misses + 1,
		firstTry,
		lastMiss: [left, right]
	};
}

export function isBoardDone(board: MatchBoard, play: MatchPlay): boolean {
	return play.matched.length === board.pairs.length;
}

/** Time that counts for the best time: elapsed plus the penalty for each miss. */
export function scoreTime(elapsedMs: number, misses: number): number {
	return Math.max(0, Math.round(elapsedMs)) + misses * MISS_PENALTY_MS;
}

/** The best time after this game: the lower of the two, or this one when there was none. */
export function bestTime(previous: number | undefined, time: number): number {
	return previous === undefined ? time : Math.min(previous, time);
}

/** settings.matchBest key for a deck and game kind. People is the deck's main game and keeps the bare deck id. */
export function bestKey(deckId: string, kind: MatchSetKind): string {
	return kind === 'people' ? deckId : `${deckId}:${kind}`;
}

/**
 * For each whole match question on the board, the learner's first-try pairs for its left items: what
 * they would have answered in a quiz. Recorded per completed board, so a board played by trial and error
 * does not count as known.
 */
export function recordableAnswers(
	board: MatchBoard,
	play: MatchPlay,
	questions: readonly Question[]
): { question: Question; given: MatchPair[] }[] {
	const out: { question: Question; given: MatchPair[] }[] = [];
	for (const id of board.questionIds) {
		const q = questions.find((x) => x.id === id);
		if (!q?.pairs) continue;
		out.push({ question: q, given: q.pairs.map(([l]) => [l, play.firstTry[l] ?? ''] as MatchPair) });
	}
	return out;
}
