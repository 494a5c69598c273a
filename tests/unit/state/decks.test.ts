import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { readInputs } from '../../../questions/generate';
import { buildOwnDeck, proposeTitle } from '../../../src/lib/domain/decks/own-deck';
import { extractFacts, type ExtractSuccess } from '../../../src/lib/domain/extract';
import type { DeckRecord } from '../../../src/lib/domain/records';
import type { StudyState } from '../../../src/lib/state/study.svelte';
import { deckCounts } from '../../../src/lib/state/deck-counts';
import { addDeck, deleteDeck } from '../../../src/lib/state/study-decks';
import { ROOT } from '../domain/facts/load';
import { bank, readyState } from './fixtures';

const raw = readFileSync(join(ROOT, 'tests/fixtures/articles/bo-van-hoa.txt'), 'utf8');
const extracted = extractFacts(raw) as ExtractSuccess;
const own = buildOwnDeck({
	text: extracted.text,
	facts: extracted.facts.filter((f) => !f.doubtful),
	title: proposeTitle(extracted.text),
	source: '',
	pools: readInputs(ROOT).pools
});
const record: DeckRecord = {
	...own.deck,
	kind: 'imported',
	createdAt: Date.now(),
	bank: own.bank,
	text: own.text
};

async function answerFirst(state: StudyState) {
	await state.whenReady();
	const q = state.bank!.questions.find((x) => x.type === 'flashcard')!;
	await state.answer({ question: q, mode: 'flashcards', given: null, correct: true, rating: 3, ms: 5 });
	return q;
}

describe('decks of ones own in the app state', () => {
	it('files an imported deck, studies it with its own bank and cards, and keeps the built-in progress apart', async () => {
		const { state } = await readyState();
		const builtinQ = await answerFirst(state);
		await addDeck(state, record);
		expect(state.deckId).toBe(own.deck.id);
		expect(state.isBuiltin).toBe(false);
		expect(state.decks.map((d) => d.id)).toEqual([bank.deck.id, own.deck.id]);
		expect(state.cards.size).toBe(0);
		const ownQ = await answerFirst(state);
		expect(state.bank?.deck.id).toBe(own.deck.id);
		expect(ownQ.id.startsWith(`${own.deck.id}/`)).toBe(true);
		expect([...state.cards.keys()]).toEqual([ownQ.id]);
		await state.selectDeck(bank.deck.id);
		await state.whenReady();
		expect(state.bank?.deck.id).toBe(bank.deck.id);
		expect([...state.cards.keys()]).toEqual([builtinQ.id]);
	});

	it('opens on the deck studied last time, and importing the same deck again makes no second copy', async () => {
		const factory = new IDBFactory();
		const a = await readyState(factory);
		await addDeck(a.state, record);
		await addDeck(a.state, { ...record, title: 'Tên mới' });
		a.store.close();
		const b = await readyState(factory);
		expect(b.state.deckId).toBe(own.deck.id);
		expect(b.state.decks).toHaveLength(2);
		expect(b.state.deck.title).toBe('Tên mới');
		expect(b.state.bank?.questions.length).toBe(own.bank.questions.length);
	});

	it('deletes a deck with all its progress, and the learner is back on the built-in deck', async () => {
		const { state, store } = await readyState();
		await addDeck(state, record);
		await answerFirst(state);
		expect(await store.getReviews(own.deck.id)).toHaveLength(1);
		await deleteDeck(state, own.deck.id);
		expect(state.deckId).toBe(bank.deck.id);
		expect(state.decks.map((d) => d.id)).toEqual([bank.deck.id]);
		expect(await store.getReviews(own.deck.id)).toEqual([]);
		expect(await store.getCards(own.deck.id)).toEqual([]);
		expect(await store.getDeck(own.deck.id)).toBeUndefined();
		await expect(deleteDeck(state, bank.deck.id)).rejects.toThrow();
	});

	it("counts due and new flashcards of every other deck from cards and today's log", async () => {
		const { state } = await readyState();
		await addDeck(state, record);
		const q = await answerFirst(state);
		await state.selectDeck(bank.deck.id);
		const flash = (b: typeof bank) => b.questions.filter((x) => x.type === 'flashcard');
		const stubs = flash(bank).map(({ id, type }) => ({ id, type }));
		const goal = state.settings.dailyGoal;
		const now = new Date();
		const counts = await deckCounts(state, state.decks, stubs, now);
		// The one card studied today is still learning (due again within the sitting: learn-ahead) and used one
		// of today's new cards.
		const ownTotal = flash(own.bank).length;
		expect(counts.get(own.deck.id)).toEqual({ due: 1, fresh: Math.min(ownTotal - 1, goal - 1) });
		expect(counts.get(bank.deck.id)).toEqual({ due: 0, fresh: Math.min(stubs.length, goal) });
		// A month later that card is due, and a new day gives the whole allowance again.
		const later = await deckCounts(state, state.decks, stubs, new Date(now.getTime() + 30 * 86_400_000));
		expect(later.get(own.deck.id)).toEqual({ due: 1, fresh: Math.min(ownTotal - 1, goal) });
		expect(q.id.startsWith(own.deck.id)).toBe(true);
	});
});
