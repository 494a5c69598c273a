import { describe, expect, it } from 'vitest';
import type { DeckRecord } from '../../../src/lib/domain/records';
import { MemoryProgressStore } from '../../../src/lib/storage/memory-store';
import type { ProgressStore } from '../../../src/lib/storage/contract';
import { answer, DAY, freshStore, T0 } from './fixtures';

const OWN = 'own-abc';
const bankOf = (ids: string[]) => ({ version: 1, deck: { id: OWN }, questions: ids.map((id) => ({ id })) });
const deck = (ids: string[], title = 'Bài của tôi'): DeckRecord => ({
	id: OWN,
	title,
	source: 'Báo',
	kind: 'imported',
	createdAt: T0,
	bank: bankOf(ids),
	text: 'Văn bản',
	facts: { facts: [] }
});

const stores: [string, () => Promise<ProgressStore>][] = [
	['IndexedDB', async () => (await freshStore()).store],
	['memory', async () => new MemoryProgressStore('unavailable', () => new Date(T0 + 30 * DAY))]
];

describe.each(stores)('replaceDeck (%s)', (_name, open) => {
	it('keeps the cards of questions still asked, deletes the others, keeps the log and the first createdAt', async () => {
		const store = await open();
		await store.ensureDeck(deck([`${OWN}/a`, `${OWN}/b`]));
		for (const q of ['a', 'b']) await answer(store, `${OWN}/${q}`, T0 + DAY, 3, { deckId: OWN });
		const removed = await store.replaceDeck({
			...deck([`${OWN}/a`, `${OWN}/c`], 'Tên mới'),
			createdAt: T0 + DAY
		});
		expect(removed).toBe(1);
		expect((await store.getCards(OWN)).map((c) => c.questionId)).toEqual([`${OWN}/a`]);
		expect((await store.getReviews(OWN)).map((r) => r.questionId).sort()).toEqual([`${OWN}/a`, `${OWN}/b`]);
		expect(await store.getDeck(OWN)).toMatchObject({ title: 'Tên mới', createdAt: T0 });
	});
});
