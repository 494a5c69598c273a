/** Reporting a question and remembering an overruled answer, through the app state on a fake IndexedDB. */
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { questionStubs, summarizeBank } from '../../../src/lib/bank/summary';
import { flashcardToday } from '../../../src/lib/domain/flashcard-counts';
import { learnFacts } from '../../../src/lib/domain/learn';
import { pickQuizQuestions } from '../../../src/lib/domain/quiz';
import { createRng } from '../../../src/lib/domain/random';
import { judge } from '../../../src/lib/domain/verdict';
import { FlashcardSession } from '../../../src/lib/state/flashcards.svelte';
import { LearnRun } from '../../../src/lib/state/learn.svelte';
import { MatchRun } from '../../../src/lib/state/match.svelte';
import { bank, readyState } from './fixtures';

const flashcards = bank.questions.filter((q) => q.type === 'flashcard');
const typed = bank.questions.find((q) => q.type === 'typed')!;

describe('reported questions', () => {
	it('leave every mode and every count, survive a reload, and come back when restored', async () => {
		const factory = new IDBFactory();
		const { state } = await readyState(factory);
		const first = new FlashcardSession(state);
		await first.start();
		const reported = first.current!;
		const before = first.queue!.fresh;

		await state.flag(reported.id, 'wrong-answer', 'Bài viết ghi khác');
		expect(state.questions.some((q) => q.id === reported.id)).toBe(false);
		expect(state.questions).toHaveLength(bank.questions.length - 1);
		// The flashcard queue, the quiz draw, learn and match all draw from state.questions.
		first.advance();
		expect(first.current?.id).not.toBe(reported.id);
		expect(first.queue!.items.some((i) => i.id === reported.id)).toBe(false);
		const all = { length: 'all' as const, topics: [], types: [], timeLimit: null };
		expect(pickQuizQuestions(state.questions, all, createRng(1)).some((q) => q.id === reported.id)).toBe(
			false
		);
		expect(new MatchRun(state).questions.some((q) => q.id === reported.id)).toBe(false);

		// Home counts from the prerendered index through state.studied: the same figure as the flashcard screen.
		const now = new Date();
		const day = state.day;
		const home = flashcardToday({
			questions: state.studied(questionStubs(summarizeBank(bank))),
			cards: state.cards,
			reviews: [],
			now,
			day
		});
		const screen = flashcardToday({ questions: state.questions, cards: state.cards, reviews: [], now, day });
		expect(home).toEqual(screen);
		expect(home.newTotal).toBe(flashcards.length - 1);
		expect(first.totalFlashcards).toBe(flashcards.length - 1);

		// A reload (a new app state on the same database) still leaves it out.
		const { state: again } = await readyState(factory);
		expect(again.flags.get(reported.id)).toMatchObject({
			reason: 'wrong-answer',
			comment: 'Bài viết ghi khác'
		});
		expect(again.questions.some((q) => q.id === reported.id)).toBe(false);

		await again.unflag(reported.id);
		expect(again.questions).toHaveLength(bank.questions.length);
		const { state: third } = await readyState(factory);
		expect(third.flags.size).toBe(0);
		const session = new FlashcardSession(third);
		await session.start();
		expect(session.queue!.fresh).toBe(before);
	});

	it('a learn round goes on when every question of a fact in it is reported', async () => {
		const { state } = await readyState();
		const run = new LearnRun(state, 7);
		await run.start();
		const fact = learnFacts(state.questions).find((f) => f.factId === run.item!.factId)!;
		for (const q of [...fact.recognition, ...fact.recall]) await state.flag(q.id, 'ambiguous');
		await run.answer(null);
		run.next();
		expect(run.round!.facts.some((p) => p.factId === fact.factId)).toBe(false);
		expect(run.item?.factId).not.toBe(fact.factId);
		expect(run.item).not.toBeNull();
	});

	it('refuses a comment over the bound and stores nothing', async () => {
		const { state, store } = await readyState();
		await expect(state.flag(typed.id, 'other', 'x'.repeat(501))).rejects.toThrow(/over 500/);
		expect(await store.getFlags(state.deckId)).toEqual([]);
		expect(state.flags.size).toBe(0);
	});
});

describe('remembered answers', () => {
	it('an overruled typed answer is graded right from then on, after a reload too', async () => {
		const factory = new IDBFactory();
		const { state } = await readyState(factory);
		const given = 'một câu trả lời khác hẳn';
		expect(judge(typed, given, state.acceptedFor(typed.id)).correct).toBe(false);
		await state.rememberAnswer(typed.id, given);
		await state.rememberAnswer(typed.id, ` ${given} `);
		expect(state.acceptedFor(typed.id)).toEqual([given]);
		expect(judge(typed, given.toUpperCase(), state.acceptedFor(typed.id)).grade).toBe('correct');
		// Only for that question.
		const other = bank.questions.find((q) => q.type === 'typed' && q.id !== typed.id)!;
		expect(state.acceptedFor(other.id)).toEqual([]);

		const { state: again, store } = await readyState(factory);
		expect(again.acceptedFor(typed.id)).toEqual([given]);
		expect(await store.getAcceptedAnswers(again.deckId)).toHaveLength(1);
	});

	it('nothing is remembered for a skipped answer', async () => {
		const { state, store } = await readyState();
		await state.rememberAnswer(typed.id, null);
		expect(await store.getAcceptedAnswers(state.deckId)).toEqual([]);
	});
});
