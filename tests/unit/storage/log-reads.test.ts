import { describe, expect, it } from 'vitest';
import { MemoryProgressStore } from '../../../src/lib/storage/memory-store';
import type { ProgressStore } from '../../../src/lib/storage/contract';
import type { ReviewRecord } from '../../../src/lib/domain/records';
import { DAY, DECK, T0, answer, freshStore, makeReview, newCard, rawPutAll } from './fixtures';

// Home and the flashcard screen read today's part of the log, and the streak counts one day at a time: both
// stores must answer these reads the same way, and as a filter of the whole log would.
interface Opened {
	store: ProgressStore;
	/** Writes many reviews at once (the IndexedDB one in one raw transaction: a thousand answers are slow). */
	bulk: (reviews: ReviewRecord[]) => Promise<void>;
}
const stores: [string, () => Promise<Opened>][] = [
	[
		'IndexedDB',
		async () => {
			const { store, factory } = await freshStore();
			return { store, bulk: (reviews) => rawPutAll(factory, 'reviews', reviews) };
		}
	],
	[
		'memory',
		async () => {
			const store = new MemoryProgressStore('unavailable', () => new Date(T0));
			const card = newCard('q', DECK, new Date(T0));
			const bulk = async (reviews: ReviewRecord[]) => {
				for (const r of reviews)
					await store.recordReview(r, { ...card, questionId: r.questionId, deckId: r.deckId });
			};
			return { store, bulk };
		}
	]
];

describe.each(stores)('log reads of the %s store', (_name, opened) => {
	const open = async () => (await opened()).store;
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

	it('the whole log comes back complete and in time order past one read batch, ties kept in key order', async () => {
		const { store, bulk } = await opened();
		// More than two batches of 500, times out of key order, many at the same moment, two decks.
		const written = Array.from({ length: 1103 }, (_, i) =>
			makeReview(`q${i % 9}`, T0 + ((i * 7919) % 400) * 1000, 3, {
				deckId: i % 10 === 0 ? 'other-deck' : DECK
			})
		);
		await bulk(written);
		const byTime = (a: ReviewRecord, b: ReviewRecord) => a.at - b.at || (a.id < b.id ? -1 : 1);
		const mine = written.filter((r) => r.deckId === DECK).sort(byTime);
		expect(await store.getReviews(DECK)).toEqual(mine);
		expect((await store.getReviews()).length).toBe(1103);
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
