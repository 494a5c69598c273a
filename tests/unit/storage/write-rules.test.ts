/** Storage writes with the same record rules backup import checks with (issue 9). */
import { describe, expect, it } from 'vitest';
import { StorageInputError } from '../../../src/lib/storage/errors';
import { RECORD_LIMITS } from '../../../src/lib/domain/record-rules';
import { DAY, DECK, T0, freshStore, makeAttempt, makeReview, newCard, rebuildCard } from './fixtures';

describe('writes follow the record rules', () => {
	it('stores an answer whose time and text are out of bounds, brought within them', async () => {
		const { store } = await freshStore();
		const review = makeReview('q1', T0, 3, { ms: 3 * DAY, given: 'x'.repeat(2_700_000) });
		await store.recordReview(review, rebuildCard('q1', DECK, [review], new Date(T0)));
		const [stored] = await store.getReviews();
		expect(stored?.ms).toBe(RECORD_LIMITS.answerMs);
		expect((stored?.given as string).length).toBe(RECORD_LIMITS.givenText);
	});

	it('refuses a card FSRS could not have made, and writes nothing', async () => {
		const { store } = await freshStore();
		const review = makeReview('q1', T0);
		const card = { ...rebuildCard('q1', DECK, [review], new Date(T0)), stability: -5 };
		await expect(store.recordReview(review, card)).rejects.toThrow(StorageInputError);
		await expect(store.recordReview(review, card)).rejects.toThrow(/card\.stability/);
		expect(await store.getReviews()).toEqual([]);
	});

	it('refuses a review whose verdict contradicts its rating', async () => {
		const { store } = await freshStore();
		const review = makeReview('q1', T0, 1, { correct: true });
		await expect(store.recordReview(review, newCard('q1', DECK, new Date(T0)))).rejects.toThrow(
			/review\.correct/
		);
	});

	it('refuses a quiz attempt with a negative time limit or a score not its own', async () => {
		const { store } = await freshStore();
		const timed = makeAttempt('a', T0, ['q1']);
		await expect(
			store.saveAttempt({ ...timed, settings: { ...timed.settings, timeLimit: -10 } })
		).rejects.toThrow(/settings\.timeLimit/);
		await expect(store.saveAttempt({ ...timed, finishedAt: T0 + 1, score: 0.5 })).rejects.toThrow(/score/);
		expect(await store.listAttempts(DECK)).toEqual([]);
	});
});
