import { describe, expect, it } from 'vitest';
import { buildQueue, separateSiblings } from '../../../src/lib/domain/flashcards';
import {
	LEARN_AHEAD_MS,
	flashcardsIntroducedBetween,
	flashcardToday
} from '../../../src/lib/domain/flashcard-counts';
import { fixedOffset, studyDayBounds } from '../../../src/lib/domain/study-day';
import type { Question } from '../../../src/lib/domain/types';
import type { CardRecord, ReviewRecord } from '../../../src/lib/domain/records';

const NOW = new Date('2026-03-24T09:00:00');
const MIN = 60_000;
const DAY = 86_400_000;

function q(id: string, fact: string, type: Question['type'] = 'flashcard'): Question {
	return {
		id,
		type,
		prompt: `P ${id}`,
		answer: `A ${id}`,
		factIds: [fact],
		topic: 'people',
		source: { quote: 'x' }
	};
}

function card(questionId: string, due: number, state: CardRecord['state'] = 2): CardRecord {
	return {
		questionId,
		deckId: 'd',
		due,
		stability: 3,
		difficulty: 5,
		elapsedDays: 1,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 2,
		lapses: 0,
		state
	};
}

function review(questionId: string, at: number, mode: ReviewRecord['mode'] = 'flashcards'): ReviewRecord {
	return {
		id: `${at}-${questionId}`,
		questionId,
		deckId: 'd',
		mode,
		given: null,
		rating: 3,
		correct: true,
		ms: 1000,
		at
	};
}

const ids = (list: Question[]) => list.map((x) => x.id);

describe('buildQueue', () => {
	it('puts due cards first, most overdue first, then new cards in bank order', () => {
		const questions = [q('n1', 'f1'), q('d1', 'f2'), q('n2', 'f3'), q('d2', 'f4'), q('later', 'f5')];
		const cards = new Map([
			['d1', card('d1', NOW.getTime() - 1 * DAY)],
			['d2', card('d2', NOW.getTime() - 3 * DAY)],
			['later', card('later', NOW.getTime() + 2 * DAY)]
		]);
		const queue = buildQueue({ questions, cards, now: NOW, newLimit: 10 });
		expect(ids(queue.items)).toEqual(['d2', 'd1', 'n1', 'n2']);
		expect(queue.due).toBe(2);
		expect(queue.fresh).toBe(2);
		expect(queue.nextDue).toBe(NOW.getTime() + 2 * DAY);
	});

	it('leaves out a card graded recently until it is due, and counts it for "next due"', () => {
		const questions = [q('a', 'f1'), q('b', 'f2')];
		const cards = new Map([['a', card('a', NOW.getTime() + 30 * MIN, 1)]]);
		const queue = buildQueue({ questions, cards, now: NOW, newLimit: 5 });
		expect(ids(queue.items)).toEqual(['b']);
		expect(queue.nextDue).toBe(NOW.getTime() + 30 * MIN);
		const later = buildQueue({ questions, cards, now: new Date(NOW.getTime() + 31 * MIN), newLimit: 5 });
		expect(ids(later.items)).toEqual(['a', 'b']);
	});

	it("counts a learning card due within the learn-ahead limit as due (Anki's learn ahead), not a review card", () => {
		const questions = [
			q('again', 'f1'),
			q('relearn', 'f2'),
			q('review', 'f3'),
			q('past', 'f4'),
			q('new', 'f5')
		];
		const cards = new Map([
			['again', card('again', NOW.getTime() + 1 * MIN, 1)],
			['relearn', card('relearn', NOW.getTime() + LEARN_AHEAD_MS, 3)],
			['review', card('review', NOW.getTime() + 1 * MIN, 2)],
			['past', card('past', NOW.getTime() + LEARN_AHEAD_MS + 1, 1)]
		]);
		const queue = buildQueue({ questions, cards, now: NOW, newLimit: 1 });
		// After the new card, due soonest first; the review card and the learning card beyond the limit wait.
		expect(ids(queue.items)).toEqual(['new', 'again', 'relearn']);
		expect(queue.due).toBe(2);
		expect(queue.nextDue).toBe(NOW.getTime() + 1 * MIN);
		const today = flashcardToday({ questions, cards, reviews: [], now: NOW, dailyGoal: 1, day: VN });
		expect(today).toMatchObject({ due: 2, fresh: 1 });
	});

	it('introduces no more new cards than the daily limit, but always shows due ones', () => {
		const questions = [q('d', 'f0'), ...Array.from({ length: 8 }, (_, i) => q(`n${i}`, `f${i + 1}`))];
		const cards = new Map([['d', card('d', NOW.getTime() - MIN)]]);
		expect(ids(buildQueue({ questions, cards, now: NOW, newLimit: 3 }).items)).toEqual([
			'd',
			'n0',
			'n1',
			'n2'
		]);
		expect(ids(buildQueue({ questions, cards, now: NOW, newLimit: 0 }).items)).toEqual(['d']);
		expect(ids(buildQueue({ questions, cards, now: NOW, newLimit: -4 }).items)).toEqual(['d']);
	});

	it('treats a card record in state New as new, and ignores other question types', () => {
		const questions = [q('a', 'f1'), q('c', 'f2', 'choice'), q('b', 'f3')];
		const cards = new Map([['a', card('a', NOW.getTime() - DAY, 0)]]);
		const queue = buildQueue({ questions, cards, now: NOW, newLimit: 1 });
		expect(ids(queue.items)).toEqual(['a']);
		expect(queue.due).toBe(0);
	});

	it('never shows two cards of the same fact back to back when another order exists', () => {
		const questions = [
			q('f1:fwd', 'f1'),
			q('f1:rev', 'f1'),
			q('f2:fwd', 'f2'),
			q('f2:rev', 'f2'),
			q('f3:fwd', 'f3')
		];
		const queue = buildQueue({ questions, cards: new Map(), now: NOW, newLimit: 10 });
		expect(queue.items).toHaveLength(5);
		for (let i = 1; i < queue.items.length; i++) {
			const shared = queue.items[i]!.factIds.filter((f) => queue.items[i - 1]!.factIds.includes(f));
			expect(shared, `${queue.items[i - 1]!.id} then ${queue.items[i]!.id}`).toEqual([]);
		}
	});

	it('does not open with a sibling of the card just answered', () => {
		const questions = [q('f1:rev', 'f1'), q('f2:fwd', 'f2')];
		const queue = buildQueue({
			questions,
			cards: new Map(),
			now: NOW,
			newLimit: 10,
			previousFactIds: ['f1']
		});
		expect(ids(queue.items)).toEqual(['f2:fwd', 'f1:rev']);
	});

	it('rejects an invalid date', () => {
		expect(() => buildQueue({ questions: [], cards: new Map(), now: new Date('x'), newLimit: 1 })).toThrow(
			/valid Date/
		);
	});
});

describe('separateSiblings', () => {
	it('keeps the order when nothing can be separated', () => {
		const list = [q('a', 'f1'), q('b', 'f1'), q('c', 'f1')];
		expect(ids(separateSiblings(list))).toEqual(['a', 'b', 'c']);
	});

	it('interleaves two facts with two cards each', () => {
		const list = [q('a1', 'A'), q('a2', 'A'), q('b1', 'B'), q('b2', 'B')];
		expect(ids(separateSiblings(list))).toEqual(['a1', 'b1', 'a2', 'b2']);
	});
});

/** Hà Nội, days from 4:00 as the app's default. */
const VN = fixedOffset(420, 4);

describe('flashcardsIntroducedBetween', () => {
	it('counts flashcards first studied inside the window only', () => {
		const [from, to] = studyDayBounds(NOW, VN);
		const reviews = [
			review('old', from - DAY),
			review('old', from + MIN), // studied before today: not new today
			review('today1', from + 2 * MIN),
			review('today1', from + 3 * MIN),
			review('today2', to - MIN),
			review('tomorrow', to)
		];
		expect(flashcardsIntroducedBetween(reviews, from, to)).toBe(2);
	});

	it('never counts quiz, learn or match answers: they are practice (regression: a quiz used up the allowance)', () => {
		const [from, to] = studyDayBounds(NOW, VN);
		const reviews = [
			review('f:choice', from + MIN, 'quiz'),
			review('f:typed', from + 2 * MIN, 'learn'),
			review('f:match', from + 3 * MIN, 'match'),
			review('f:flashcard', from + 4 * MIN)
		];
		expect(flashcardsIntroducedBetween(reviews, from, to)).toBe(1);
	});
});

describe('flashcardToday (home, stats and the flashcard screen)', () => {
	const questions = [
		q('n1', 'f1'),
		q('d1', 'f2'),
		q('n2', 'f3'),
		q('n3', 'f4'),
		q('c1', 'f5', 'choice'),
		q('later', 'f6')
	];
	const cards = new Map([
		['d1', card('d1', NOW.getTime() - DAY)],
		['later', card('later', NOW.getTime() + 2 * DAY)]
	]);

	it('counts what buildQueue would hold, including the new-card limit and non-flashcards left out', () => {
		const today = flashcardToday({ questions, cards, reviews: [], now: NOW, dailyGoal: 2, day: VN });
		const queue = buildQueue({ questions, cards, now: NOW, newLimit: 2 });
		expect(today).toMatchObject({ due: queue.due, fresh: queue.fresh, nextDue: queue.nextDue });
		expect(today).toEqual({ due: 1, fresh: 2, newTotal: 3, introduced: 0, nextDue: NOW.getTime() + 2 * DAY });
	});

	it('takes the cards introduced today off the goal, and a 20-question quiz takes nothing', () => {
		const [from] = studyDayBounds(NOW, VN);
		const quiz = Array.from({ length: 20 }, (_, i) => review(`x${i}:choice`, from + i * MIN, 'quiz'));
		const reviews = [...quiz, review('d1', from + 30 * MIN)];
		const today = flashcardToday({ questions, cards, reviews, now: NOW, dailyGoal: 2, day: VN });
		expect(today).toMatchObject({ introduced: 1, fresh: 1 });
		expect(
			flashcardToday({ questions, cards, reviews, now: NOW, dailyGoal: 2, extraNew: 2, day: VN }).fresh
		).toBe(3);
	});
});
