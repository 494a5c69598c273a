/**
 * Two tabs on one database (issue 9, part 2): a quiz answer or a whole attempt is written against the attempt
 * as stored, undo touches only its own review, settings are written as a patch and announced to the other
 * tabs. And a full disk (part 3): writes that would change nothing are skipped, so start-up needs no space.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ProgressStore } from '../../../src/lib/storage';
import { StorageFullError } from '../../../src/lib/storage/errors';
import { AttemptConflictError } from '../../../src/lib/storage/conflict';
import { MemoryProgressStore } from '../../../src/lib/storage/memory-store';
import { DEFAULT_SETTINGS } from '../../../src/lib/domain/settings';
import { finishAttempt } from '../../../src/lib/domain/quiz';
import { review as schedule } from '../../../src/lib/domain/scheduling';
import type { QuizAnswer } from '../../../src/lib/domain/records';
import {
	DECK,
	DECK_RECORD,
	IDBFactory,
	T0,
	answer,
	freshStore,
	makeAttempt,
	makeReview,
	newCard,
	rebuildCard
} from './fixtures';

const IDS = Array.from({ length: 10 }, (_, i) => `q${i}`);
const OPTS = { desiredRetention: 0.9, fuzz: true };

async function twoTabs(): Promise<[ProgressStore, ProgressStore]> {
	const factory = new IDBFactory();
	const { store: a } = await freshStore(factory);
	const { store: b } = await freshStore(factory);
	return [a, b];
}

const quizAnswer = (questionId: string, at: number, correct: boolean): QuizAnswer => ({
	questionId,
	given: 'x',
	grade: correct ? 'correct' : 'wrong',
	correct,
	ms: 1000,
	at
});

/** Answers question `index` of the attempt as quiz.svelte.ts does: the review and the quiz answer together. */
async function answerQuiz(
	store: ProgressStore,
	attemptId: string,
	index: number,
	at: number,
	correct = true
) {
	const questionId = IDS[index]!;
	const cards = await store.getCards(DECK);
	const before = cards.find((c) => c.questionId === questionId) ?? newCard(questionId, DECK, new Date(at));
	const rating = correct ? 3 : 1;
	const card = schedule(before, rating, new Date(at), OPTS);
	const given = quizAnswer(questionId, at, correct);
	const review = makeReview(questionId, at, rating, { mode: 'quiz', attemptId, given: 'x' });
	return store.recordReview(review, card, { attemptId, index, answer: given });
}

describe('one quiz attempt in two tabs', () => {
	it('a tab finishing its stale copy after the other tab finished is refused, and the 100% stays', async () => {
		const [a, b] = await twoTabs();
		const attempt = makeAttempt('quiz-1', T0, IDS);
		await a.saveAttempt(attempt);
		for (let i = 0; i < 5; i++) await answerQuiz(a, attempt.id, i, T0 + i * 1000);
		// Tab A's copy stops here (5 answered). Tab B resumes from storage and finishes with every answer right.
		for (let i = 5; i < 10; i++) await answerQuiz(b, attempt.id, i, T0 + i * 1000);
		const full = (await b.getAttempt(attempt.id))!;
		await b.saveAttempt(finishAttempt(full, new Date(T0 + 20_000)));
		// Tab A answers question 5 from its copy, wrong: refused with the stored attempt, nothing written.
		const error = await answerQuiz(a, attempt.id, 5, T0 + 30_000, false).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AttemptConflictError);
		expect((error as AttemptConflictError).stored.score).toBe(1);
		// Its stale finish (5 of 10) is refused too.
		const stale = { ...attempt, answers: full.answers.slice(0, 5).concat(Array(5).fill(null)) };
		await expect(a.saveAttempt(finishAttempt(stale, new Date(T0 + 31_000)))).rejects.toBeInstanceOf(
			AttemptConflictError
		);
		const stored = (await a.getAttempt(attempt.id))!;
		expect(stored.score).toBe(1);
		expect(stored.answers.every((x) => x?.correct)).toBe(true);
		expect(await a.getReviews(DECK)).toHaveLength(10);
	});

	it('an answer to a question the other tab answered is refused; another question is added to what is stored', async () => {
		const [a, b] = await twoTabs();
		const attempt = makeAttempt('quiz-2', T0, IDS);
		await a.saveAttempt(attempt);
		await answerQuiz(b, attempt.id, 0, T0 + 1000);
		await expect(answerQuiz(a, attempt.id, 0, T0 + 2000, false)).rejects.toMatchObject({
			name: 'AttemptConflictError'
		});
		await answerQuiz(a, attempt.id, 1, T0 + 3000, false);
		const stored = (await b.getAttempt(attempt.id))!;
		expect(stored.answers.slice(0, 2).map((x) => x?.correct)).toEqual([true, false]);
		expect(await a.getReviews(DECK)).toHaveLength(2);
	});

	it('the overrule of the answer stored is allowed; a second overrule from a stale copy is not', async () => {
		const [a] = await twoTabs();
		const attempt = makeAttempt('quiz-3', T0, IDS);
		await a.saveAttempt(attempt);
		await answerQuiz(a, attempt.id, 0, T0 + 1000, false);
		const wrong = (await a.getAttempt(attempt.id))!.answers[0]!;
		const fixed = { ...wrong, correct: true, overruled: true };
		const card = schedule((await a.getCards(DECK))[0]!, 3, new Date(T0 + 2000), OPTS);
		const correcting = makeReview('q0', T0 + 2000, 3, { mode: 'quiz', attemptId: attempt.id, given: 'x' });
		await a.recordReview(correcting, card, { attemptId: attempt.id, index: 0, answer: fixed });
		expect((await a.getAttempt(attempt.id))!.answers[0]).toMatchObject({ correct: true, overruled: true });
		const again = makeReview('q0', T0 + 3000, 3, { mode: 'quiz', attemptId: attempt.id, given: 'x' });
		await expect(
			a.recordReview(again, card, { attemptId: attempt.id, index: 0, answer: fixed })
		).rejects.toBeInstanceOf(AttemptConflictError);
	});

	it('ending early keeps the stored answers and may be saved again (a retried write changes nothing)', async () => {
		const [a] = await twoTabs();
		const attempt = makeAttempt('quiz-4', T0, IDS);
		await a.saveAttempt(attempt);
		for (let i = 0; i < 3; i++) await answerQuiz(a, attempt.id, i, T0 + i * 1000);
		const stored = (await a.getAttempt(attempt.id))!;
		const kept = { ...stored, questionIds: IDS.slice(0, 3), answers: stored.answers.slice(0, 3) };
		const done = finishAttempt(kept, new Date(T0 + 9000));
		await a.saveAttempt(done);
		await a.saveAttempt(done);
		expect(await a.getAttempt(attempt.id)).toEqual(done);
	});
});

describe('undo in one tab after the other tab graded the same card', () => {
	it('removes only its own review, and the card is rebuilt from the log that is left', async () => {
		const [a, b] = await twoTabs();
		const mine = await answer(a, 'q1', T0, 3);
		const theirs = await answer(b, 'q1', T0 + 60_000, 1);
		const stored = await a.undoReview!(mine.review.id, null);
		const log = await a.getReviews(DECK);
		expect(log.map((r) => r.id)).toEqual([theirs.review.id]);
		const expected = rebuildCard('q1', DECK, log, new Date(T0), OPTS);
		expect(stored).toEqual(expected);
		expect(await b.getCards(DECK)).toEqual([expected]);
	});

	it('with no later review, the card is put back exactly as it was', async () => {
		const [a, b] = await twoTabs();
		const first = await answer(a, 'q1', T0, 3);
		const second = await answer(a, 'q1', T0 + 60_000, 1);
		await answer(b, 'q2', T0 + 120_000, 3);
		expect(await a.undoReview!(second.review.id, first.card)).toEqual(first.card);
		expect((await b.getCards(DECK)).find((c) => c.questionId === 'q1')).toEqual(first.card);
	});
});

describe('settings from two tabs', () => {
	it('each tab writes only what it changed: neither change is lost', async () => {
		const [a, b] = await twoTabs();
		await a.saveSettings({ dailyGoal: 30, theme: 'dark' });
		// Tab B still holds the defaults in memory; it sets the flag asked on its first answer.
		await b.saveSettings({ persistAsked: true });
		await b.saveSettings({ deckId: 'other' });
		expect(await a.saveSettings({ deckId: undefined })).toEqual({
			...DEFAULT_SETTINGS,
			dailyGoal: 30,
			theme: 'dark',
			persistAsked: true
		});
	});

	it('a committed change is announced to the other tabs; a change to nothing is neither written nor announced', async () => {
		const [a] = await twoTabs();
		const heard: unknown[] = [];
		const other = new BroadcastChannel('on-bai:changes');
		other.onmessage = (e) => heard.push(e.data);
		try {
			await a.saveSettings({ dailyGoal: 31 });
			await vi.waitFor(() => expect(heard).toEqual([{ kind: 'settings', name: 'on-bai' }]));
			const put = vi.spyOn(IDBObjectStore.prototype, 'put');
			await a.saveSettings({ dailyGoal: 31 });
			expect(put).not.toHaveBeenCalled();
			put.mockRestore();
			await a.saveSettings({ dailyGoal: 32 });
			await vi.waitFor(() => expect(heard).toHaveLength(2));
		} finally {
			other.close();
		}
	});
});

describe('a full disk', () => {
	const quota = () =>
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});

	it('start-up filing the deck already stored writes nothing, so it works on a full disk', async () => {
		const { store } = await freshStore();
		const full = quota();
		try {
			await store.ensureDeck({ ...DECK_RECORD, createdAt: Date.now() });
			expect(full).not.toHaveBeenCalled();
			await expect(store.saveSettings({ dailyGoal: 40 })).rejects.toBeInstanceOf(StorageFullError);
			await expect(store.ensureDeck({ ...DECK_RECORD, title: 'New title' })).rejects.toBeInstanceOf(
				StorageFullError
			);
		} finally {
			full.mockRestore();
		}
		expect((await store.getSettings()).dailyGoal).toBe(DEFAULT_SETTINGS.dailyGoal);
		expect((await store.getDeck(DECK))?.title).toBe(DECK_RECORD.title);
	});
});

describe('the in-memory fallback keeps the same rules', () => {
	it('refuses a stale attempt, patches settings and rebuilds on undo after a later review', async () => {
		const store = new MemoryProgressStore('refused', () => new Date(T0));
		await store.ensureDeck(DECK_RECORD);
		const attempt = makeAttempt('quiz-m', T0, IDS);
		await store.saveAttempt(attempt);
		await answerQuiz(store, attempt.id, 0, T0 + 1000);
		await expect(store.saveAttempt(finishAttempt(attempt, new Date(T0 + 2000)))).rejects.toBeInstanceOf(
			AttemptConflictError
		);
		await expect(answerQuiz(store, attempt.id, 0, T0 + 3000)).rejects.toBeInstanceOf(AttemptConflictError);
		await store.saveSettings({ dailyGoal: 12 });
		expect(await store.saveSettings({ theme: 'dark' })).toMatchObject({ dailyGoal: 12, theme: 'dark' });
		const mine = await answer(store, 'q5', T0 + 4000, 3);
		const later = await answer(store, 'q5', T0 + 5000, 2);
		const card = await store.undoReview(mine.review.id, null);
		expect(card).toEqual(rebuildCard('q5', DECK, [later.review], new Date(T0), OPTS));
	});
});
