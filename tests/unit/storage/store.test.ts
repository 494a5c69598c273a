import { describe, expect, it } from 'vitest';
import { StorageInputError } from '../../../src/lib/storage/errors';
import { DEFAULT_SETTINGS } from '../../../src/lib/domain/settings';
import {
	DAY,
	DECK,
	MIN,
	T0,
	answer,
	freshStore,
	makeAttempt,
	makeReview,
	newCard,
	rawPut,
	rebuildCard
} from './fixtures';

describe('settings and decks', () => {
	it('returns defaults until settings are saved, then what was saved', async () => {
		const { store } = await freshStore();
		expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
		await store.saveSettings({ ...DEFAULT_SETTINGS, lang: 'en', dailyGoal: 35, persistAsked: true });
		expect(await store.getSettings()).toMatchObject({ lang: 'en', dailyGoal: 35, persistAsked: true });
	});

	it('refuses settings out of range and keeps the old ones', async () => {
		const { store } = await freshStore();
		await expect(store.saveSettings({ ...DEFAULT_SETTINGS, desiredRetention: 1.5 })).rejects.toMatchObject({
			name: 'SettingsError',
			field: 'desiredRetention'
		});
		expect((await store.getSettings()).desiredRetention).toBe(0.9);
	});

	it('ensureDeck keeps the first createdAt but refreshes the title', async () => {
		const { store } = await freshStore();
		await store.resetProgress();
		await store.ensureDeck({ id: 'other', title: 'A', source: 's', kind: 'builtin', createdAt: 1 });
		await store.ensureDeck({ id: 'other', title: 'B', source: 's', kind: 'builtin', createdAt: 2 });
		expect((await store.listDecks()).find((d) => d.id === 'other')).toEqual({
			id: 'other',
			title: 'B',
			source: 's',
			kind: 'builtin',
			createdAt: 1
		});
		await store.ensureDeck({ id: DECK, title: 'A', source: 's', kind: 'builtin', createdAt: 1 });
		await store.ensureDeck({ id: DECK, title: 'B', source: 's', kind: 'builtin', createdAt: 2 });
		// The deck freshStore filed first keeps its createdAt.
		expect((await store.listDecks()).find((d) => d.id === DECK)).toMatchObject({
			title: 'B',
			createdAt: T0 - DAY
		});
	});
});

describe('recordReview', () => {
	it('writes the review and the card', async () => {
		const { store } = await freshStore();
		const { review, card } = await answer(store, 'q1', T0);
		expect(await store.getReviews(DECK)).toEqual([review]);
		expect(await store.getCards(DECK)).toEqual([card]);
		expect(card.reps).toBe(1);
	});

	it('writes nothing when the quiz answer cannot be saved (unknown attempt)', async () => {
		const { store } = await freshStore();
		const card = rebuildCard('q1', DECK, [], new Date(T0));
		const review = makeReview('q1', T0);
		const quiz = {
			attemptId: 'nope',
			index: 0,
			answer: { questionId: 'q1', given: 'x', grade: 'wrong' as const, correct: false, ms: 1, at: T0 }
		};
		await expect(store.recordReview(review, card, quiz)).rejects.toThrow(StorageInputError);
		expect(await store.getReviews()).toEqual([]);
		expect(await store.getCards(DECK)).toEqual([]);
	});

	it('rolls back the card when the review put fails (same id twice)', async () => {
		const { store } = await freshStore();
		const { review, card } = await answer(store, 'q1', T0);
		const later = { ...card, reps: 99, due: T0 + 500 * DAY };
		await expect(store.recordReview(review, later)).rejects.toThrow();
		expect(await store.getCards(DECK)).toEqual([card]);
		expect(await store.getReviews()).toHaveLength(1);
	});

	it('refuses a card that belongs to another question', async () => {
		const { store } = await freshStore();
		await expect(store.recordReview(makeReview('q1', T0), newCard('q2', DECK, new Date(T0)))).rejects.toThrow(
			/q2/
		);
		expect(await store.getReviews()).toEqual([]);
	});

	it('undoReview deletes the review and restores the previous card', async () => {
		const { store } = await freshStore();
		const first = await answer(store, 'q1', T0);
		const second = await answer(store, 'q1', T0 + DAY, 1);
		await store.undoReview!(second.review.id, first.card);
		expect(await store.getReviews()).toEqual([first.review]);
		expect(await store.getCards(DECK)).toEqual([first.card]);
		await store.undoReview!(first.review.id, null);
		expect(await store.getCards(DECK)).toEqual([]);
	});
});

describe('quiz attempts', () => {
	it('saves each answer as it goes and resumes the newest unfinished attempt of the deck', async () => {
		const { store } = await freshStore();
		await store.saveAttempt(makeAttempt('old', T0, ['q1', 'q2']));
		await store.saveAttempt(
			makeAttempt('done', T0 + 2 * DAY, ['q1'], { finishedAt: T0 + 2 * DAY + MIN, score: 0 })
		);
		await store.saveAttempt(makeAttempt('other-deck', T0 + 3 * DAY, ['z1'], { deckId: 'other' }));
		const current = makeAttempt('current', T0 + DAY, ['q1', 'q2', 'q3']);
		await store.saveAttempt(current);

		const given = {
			questionId: 'q2',
			given: 'Hủa Phăn',
			grade: 'correct' as const,
			correct: true,
			ms: 3000,
			at: T0 + DAY + MIN
		};
		const card = rebuildCard('q2', DECK, [], new Date(T0 + DAY + MIN));
		await store.recordReview(makeReview('q2', given.at, 3, { mode: 'quiz', attemptId: 'current' }), card, {
			attemptId: 'current',
			index: 1,
			answer: given
		});

		const resumed = await store.getUnfinishedAttempt(DECK);
		expect(resumed?.id).toBe('current');
		expect(resumed?.answers).toEqual([null, given, null]);
		expect((await store.getUnfinishedAttempt('other'))?.id).toBe('other-deck');
		expect((await store.listAttempts(DECK)).map((a) => a.id)).toEqual(['old', 'current', 'done']);
	});

	it('refuses an answer at an index that asks another question, and writes nothing', async () => {
		const { store } = await freshStore();
		await store.saveAttempt(makeAttempt('a', T0, ['q1', 'q2']));
		const answerRec = {
			questionId: 'q1',
			given: 'x',
			grade: 'wrong' as const,
			correct: false,
			ms: 1,
			at: T0
		};
		await expect(
			store.recordReview(makeReview('q1', T0, 1), rebuildCard('q1', DECK, [], new Date(T0)), {
				attemptId: 'a',
				index: 1,
				answer: answerRec
			})
		).rejects.toThrow(/question 1 of attempt "a" is "q2"/);
		expect(await store.getReviews()).toEqual([]);
		expect((await store.getAttempt('a'))?.answers).toEqual([null, null]);
	});

	it('has nothing to resume when every attempt is finished', async () => {
		const { store } = await freshStore();
		await store.saveAttempt(makeAttempt('a', T0, ['q1'], { finishedAt: T0 + MIN, score: 0 }));
		expect(await store.getUnfinishedAttempt(DECK)).toBeUndefined();
	});
});

describe('repairCards', () => {
	it('rebuilds a damaged card from the review log', async () => {
		const { store, factory } = await freshStore();
		await answer(store, 'q1', T0, 3);
		await answer(store, 'q1', T0 + 2 * DAY, 1);
		const { card: good } = await answer(store, 'q1', T0 + 3 * DAY, 3);
		await answer(store, 'q2', T0, 4);
		const before = await store.getCards(DECK);

		// Damage: a card whose state says it was never reviewed, as a bad write or a bug could leave it.
		const damaged = { ...good, reps: 0, state: 0 as const, due: T0 + 900 * DAY, stability: 0 };
		await rawPut(factory, 'cards', damaged);
		expect(await store.getCards(DECK)).not.toEqual(before);

		expect(await store.repairCards(DECK, new Date(T0 + 10 * DAY))).toBe(1);
		expect(await store.getCards(DECK)).toEqual(before);
		// Nothing left to repair.
		expect(await store.repairCards(DECK, new Date(T0 + 10 * DAY))).toBe(0);
	});

	it('hides a card record that is not a card at all from getCards, and repair resets it', async () => {
		const { store, factory } = await freshStore();
		await answer(store, 'q1', T0);
		// Garbage straight into the database, as a damaged disk or an old bug might leave it.
		await rawPut(factory, 'cards', { questionId: 'q7', deckId: DECK, due: 'soon' });
		expect((await store.getCards(DECK)).map((c) => c.questionId)).toEqual(['q1']);
		expect(await store.repairCards(DECK, new Date(T0))).toBe(1);
		const cards = await store.getCards(DECK);
		expect(cards.map((c) => [c.questionId, c.state, c.reps])).toEqual([
			['q1', 1, 1],
			['q7', 0, 0]
		]);
	});
});

describe('unknown question ids and reset', () => {
	it('keeps cards and reviews of questions that left the bank, and repairs them without crashing', async () => {
		const { store } = await freshStore();
		await answer(store, 'gone-from-bank:choice', T0);
		expect(await store.repairCards(DECK, new Date(T0 + DAY))).toBe(0);
		expect((await store.getCards(DECK)).map((c) => c.questionId)).toEqual(['gone-from-bank:choice']);
		expect(await store.getReviews(DECK)).toHaveLength(1);
	});

	it('resets one deck and keeps the others and the settings', async () => {
		const { store } = await freshStore();
		await store.saveSettings({ ...DEFAULT_SETTINGS, dailyGoal: 50 });
		await answer(store, 'q1', T0);
		await answer(store, 'o1', T0, 3, { deckId: 'other' });
		await store.saveAttempt(makeAttempt('a', T0, ['q1']));
		await store.resetProgress(DECK);
		expect(await store.getCards(DECK)).toEqual([]);
		expect(await store.getReviews(DECK)).toEqual([]);
		expect(await store.listAttempts(DECK)).toEqual([]);
		expect(await store.getReviews('other')).toHaveLength(1);
		expect(await store.getCards('other')).toHaveLength(1);
		expect((await store.getSettings()).dailyGoal).toBe(50);
		await store.resetProgress();
		expect(await store.getReviews()).toEqual([]);
		expect(await store.getCards('other')).toEqual([]);
	});
});
