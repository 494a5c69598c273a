import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { buildBoard } from '../../../src/lib/domain/match-game';
import { createRng } from '../../../src/lib/domain/random';
import { newCard, review } from '../../../src/lib/domain/scheduling';
import { studyDayBounds } from '../../../src/lib/domain/study-day';
import type { Question } from '../../../src/lib/domain/types';
import { FlashcardSession } from '../../../src/lib/state/flashcards.svelte';
import { LearnRun } from '../../../src/lib/state/learn.svelte';
import { MatchRun } from '../../../src/lib/state/match.svelte';
import { StudyState } from '../../../src/lib/state/study.svelte';
import { openProgress } from '../../../src/lib/storage';
import { bank, failingAnswers, readyState, withMethods } from './fixtures';

const choice = bank.questions.find((q) => q.type === 'choice')!;

/** Answers `n` quiz questions right, as a quiz does (mode quiz, no attempt needed for the allowance). */
async function quizAnswers(state: StudyState, n: number) {
	const asked = bank.questions.filter((q) => q.type === 'choice' || q.type === 'truefalse').slice(0, n);
	for (const q of asked) {
		await state.answer({
			question: q,
			mode: 'quiz',
			given: null,
			grade: 'correct',
			correct: true,
			rating: 3,
			ms: 9
		});
	}
}

describe('FlashcardSession', () => {
	it('offers the whole day’s new cards after a 20-question quiz (regression: the quiz used them up)', async () => {
		const { state } = await readyState();
		await quizAnswers(state, 20);
		const session = new FlashcardSession(state);
		await session.start();
		expect(session.introducedToday).toBe(0);
		expect(session.queue?.fresh).toBe(state.settings.dailyGoal);
		expect(session.current?.type).toBe('flashcard');
	});

	it('grades the card on screen, counts it against the allowance, and undo gives it back', async () => {
		const { state, store } = await readyState();
		const session = new FlashcardSession(state);
		await session.start();
		const first = session.current!;
		await session.grade(3); // not revealed yet: nothing happens
		expect(await store.getReviews(state.deckId)).toHaveLength(0);
		expect(session.flip()).toBe(true);
		await session.grade(3);
		expect(session.introducedToday).toBe(1);
		expect(session.current?.id).not.toBe(first.id);
		expect(state.cards.get(first.id)?.reps).toBe(1);
		await session.undo();
		expect(session.introducedToday).toBe(0);
		expect(session.current?.id).toBe(first.id);
		expect(session.notice).toBe('undone');
		expect(await store.getReviews(state.deckId)).toHaveLength(0);
	});

	it('a card first studied yesterday and again today is not new today (the log read is only today’s part)', async () => {
		const { state, store } = await readyState();
		const [q1, q2] = bank.questions.filter((q) => q.type === 'flashcard');
		// An hour before today's study day began: yesterday, whatever the time of day the test runs.
		const yesterday = new Date(studyDayBounds(new Date(), state.day)[0] - 3_600_000);
		const card = review(newCard(q1!.id, state.deckId, yesterday), 3, yesterday, { desiredRetention: 0.9 });
		await store.recordReview(
			{
				id: `${yesterday.getTime()}-${q1!.id}-y`,
				questionId: q1!.id,
				deckId: state.deckId,
				mode: 'flashcards',
				given: null,
				rating: 3,
				correct: true,
				ms: 900,
				at: yesterday.getTime()
			},
			card
		);
		await state.reloadCards();
		for (const q of [q1!, q2!]) {
			await state.answer({ question: q, mode: 'flashcards', given: null, correct: true, rating: 3, ms: 9 });
		}
		const log = await state.todayLog();
		// Today's two reviews, and q1's history: nothing else of the log.
		expect(log.map((r) => r.questionId).sort()).toEqual([q1!.id, q1!.id, q2!.id].sort());
		const session = new FlashcardSession(state);
		await session.start();
		expect(session.introducedToday).toBe(1);
		expect(await state.streakNow()).toBe(2);
	});

	it('continues the day’s allowance after a reload', async () => {
		const factory = new IDBFactory();
		const a = await readyState(factory);
		const s1 = new FlashcardSession(a.state);
		await s1.start();
		s1.flip();
		await s1.grade(4);
		a.store.close();
		const b = await readyState(factory);
		const s2 = new FlashcardSession(b.state);
		await s2.start();
		expect(s2.introducedToday).toBe(1);
		expect(s2.queue?.fresh).toBe(b.state.settings.dailyGoal - 1);
	});

	it('shows a failed write and keeps the card on screen', async () => {
		const { state } = await readyState(new IDBFactory(), failingAnswers);
		const session = new FlashcardSession(state);
		await session.start();
		const card = session.current!;
		session.flip();
		await session.grade(3);
		expect(session.notice).toBe('save-failed');
		expect(session.current?.id).toBe(card.id);
		expect(session.introducedToday).toBe(0);
	});
});

describe('one way to wait for the app', () => {
	it('a screen that opened during a failed load starts after the retry (regression: learn stayed on "loading")', async () => {
		const state = new StudyState();
		const factory = new IDBFactory();
		const open = () => openProgress({ idbFactory: factory, name: 'retry-test' });
		let online = false;
		const loadBank = async () => {
			if (!online) throw new Error('offline');
			return bank;
		};
		await state.init({ open, loadBank, deck: bank.deck });
		const learn = new LearnRun(state, 1);
		const match = new MatchRun(state, 1);
		const flash = new FlashcardSession(state);
		const started = Promise.all([learn.start(), match.start(), flash.start()]);
		await expect.poll(() => state.loadError).toBe('bank');
		expect(learn.started).toBe(false);
		// The banner's "try again".
		online = true;
		await state.retry();
		await started;
		expect(learn.started && match.started && flash.started).toBe(true);
		expect(learn.item).not.toBeNull();
	});
});

describe('LearnRun', () => {
	it('shows the verdict only once the answer is stored', async () => {
		let release = () => {};
		const gate = new Promise<void>((r) => (release = r));
		const { state, store } = await readyState(new IDBFactory(), (s) =>
			withMethods(s, {
				recordReview: async (...args: Parameters<typeof s.recordReview>) => {
					await gate;
					return s.recordReview(...args);
				}
			})
		);
		const run = new LearnRun(state, 7);
		await run.start();
		const q = run.item!.question;
		const answering = run.answer(rightAnswer(q));
		await Promise.resolve();
		expect(run.result).toBeNull();
		expect(run.busy).toBe(true);
		release();
		await answering;
		expect(run.result).toMatchObject({ correct: true, grade: 'correct' });
		expect((await store.getReviews(state.deckId)).map((r) => [r.questionId, r.mode])).toEqual([
			[q.id, 'learn']
		]);
	});

	it('says when an answer could not be stored, and still shows the verdict', async () => {
		const { state } = await readyState(new IDBFactory(), failingAnswers);
		const run = new LearnRun(state, 7);
		await run.start();
		await run.answer('surely not the answer');
		expect(run.saveError).toBe(true);
		expect(run.result?.correct).toBe(false);
	});
});

describe('MatchRun', () => {
	it('records one answer per match question of a finished board', async () => {
		const { state, store } = await readyState();
		const run = new MatchRun(state, 3);
		await run.start();
		run.deal();
		await playPerfectly(run);
		expect(run.result).toMatchObject({ misses: 0, newBest: true });
		expect(run.saveError).toBe(false);
		const reviews = await store.getReviews(state.deckId);
		expect(reviews.length).toBe(run.board!.questionIds.length);
		expect(reviews.every((r) => r.mode === 'match' && r.correct)).toBe(true);
	});

	it('shows a failed write instead of swallowing it (regression)', async () => {
		const { state } = await readyState(new IDBFactory(), failingAnswers);
		const run = new MatchRun(state, 3);
		await run.start();
		run.deal();
		await playPerfectly(run);
		expect(run.result).not.toBeNull();
		expect(run.saveError).toBe(true);
	});
});

describe('the card stored is the card shown', () => {
	it('a stale tab answering the same card ends with the card rebuilt from the log', async () => {
		const factory = new IDBFactory();
		const a = await readyState(factory);
		const b = await readyState(factory);
		await a.state.answer({
			question: choice,
			mode: 'learn',
			given: null,
			grade: 'correct',
			correct: true,
			rating: 3,
			ms: 1
		});
		// Tab B never saw A's answer: it schedules from a new card, storage rebuilds from both reviews.
		const stored = await b.state.answer({
			question: choice,
			mode: 'learn',
			given: null,
			grade: 'correct',
			correct: true,
			rating: 3,
			ms: 1
		});
		expect(stored.reps).toBe(2);
		expect(b.state.cards.get(choice.id)).toEqual(stored);
		expect((await b.store.getCards(b.state.deckId)).find((c) => c.questionId === choice.id)).toEqual(stored);
	});
});

function rightAnswer(q: Question): unknown {
	if (q.type === 'multi') return q.answer;
	if (q.type === 'truefalse') return q.answer;
	if (q.type === 'numeric') return String(q.numeric!.inUnit);
	return q.answer;
}

async function playPerfectly(run: MatchRun) {
	const board = run.board!;
	expect(board).toEqual(buildBoard(run.questions, run.kind, createRng(3)));
	for (const [left, right] of board.pairs) {
		await run.select('left', left);
		await run.select('right', right);
	}
}
