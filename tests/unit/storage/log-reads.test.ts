import { describe, expect, it } from 'vitest';
import { MemoryProgressStore } from '../../../src/lib/storage/memory-store';
import type { ProgressStore } from '../../../src/lib/storage/contract';
import { DAY, DECK, T0, answer, freshStore } from './fixtures';

// Home and the flashcard screen read today's part of the log, and the streak counts one day at a time: both
// stores must answer these reads the same way, and as a filter of the whole log would.
const stores: [string, () => Promise<ProgressStore>][] = [
	['IndexedDB', async () => (await freshStore()).store],
	['memory', async () => new MemoryProgressStore('unavailable', () => new Date(T0))]
];

describe.each(stores)('log reads of the %s store', (_name, open) => {
	async function filled() {
		const store = await open();
		await answer(store, 'q1', T0);
		await answer(store, 'q2', T0 + DAY);
		await answer(store, 'q1', T0 + DAY + 5, 1);
		await answer(store, 'q3', T0 + 2 * DAY);
		await answer(store, 'x1', T0 + DAY + 1, 3, { deckId: 'other-deck' });
		return store;
	}

	it('getReviews(deck, since) gives the deck reviews at or after `since`, oldest first', async () => {
		const store = await filled();
		const all = await store.getReviews(DECK);
		expect(all.map((r) => r.at)).toEqual([T0, T0 + DAY, T0 + DAY + 5, T0 + 2 * DAY]);
		const since = await store.getReviews(DECK, T0 + DAY);
		expect(since).toEqual(all.filter((r) => r.at >= T0 + DAY));
		expect(await store.getReviews(DECK, T0 + 3 * DAY)).toEqual([]);
		// Without a deck, every deck's reviews since then.
		expect((await store.getReviews(undefined, T0 + DAY)).map((r) => r.deckId).sort()).toEqual(
			['other-deck', DECK, DECK, DECK].sort()
		);
	});

	it('getReviewsOf gives every review of the named questions of the deck', async () => {
		const store = await filled();
		const of = await store.getReviewsOf(DECK, ['q1', 'x1']);
		expect(of.map((r) => [r.questionId, r.at])).toEqual([
			['q1', T0],
			['q1', T0 + DAY + 5]
		]);
		expect(await store.getReviewsOf(DECK, [])).toEqual([]);
	});

	it('countReviews counts the deck reviews in [from, to)', async () => {
		const store = await filled();
		expect(await store.countReviews(DECK, T0, T0 + DAY)).toBe(1);
		expect(await store.countReviews(DECK, T0 + DAY, T0 + 2 * DAY)).toBe(2);
		expect(await store.countReviews(DECK, T0, T0 + 2 * DAY + 1)).toBe(4);
		expect(await store.countReviews('other-deck', T0, T0 + 3 * DAY)).toBe(1);
		expect(await store.countReviews(DECK, T0 + 3 * DAY, T0 + 4 * DAY)).toBe(0);
	});
});
