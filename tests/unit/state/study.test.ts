// idb needs the IDB globals (IDBRequest, ...); each test still gets its own empty factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../../../src/lib/domain/types';
import { SettingsError } from '../../../src/lib/domain/settings';
import { FlashcardSession } from '../../../src/lib/state/flashcards.svelte';
import { StudyState } from '../../../src/lib/state/study.svelte';
import { locale } from '../../../src/lib/state/locale.svelte';
import { openProgress } from '../../../src/lib/storage';
import type { ProgressStore } from '../../../src/lib/storage/contract';
import type { Rating } from '../../../src/lib/domain/records';

function q(id: string, type: Question['type'], fact: string): Question {
	const prompt = `Hỏi ${id}?`;
	return {
		id,
		type,
		prompt,
		answer: `Đáp ${id}`,
		factIds: [fact],
		topic: 'laos',
		source: { quote: 'trích' }
	};
}

/** A flashcard grade: Again counts as not known, the other grades as known. */
const flash = (state: StudyState, question: Question, rating: Rating, ms = 5) =>
	state.answer({ question, mode: 'flashcards', given: null, correct: rating > 1, rating, ms });

const bank: Bank = {
	version: 1,
	deck: { id: 'deck-test', title: 'Bộ thử', source: 'Nguồn' },
	generatedBy: 'test fixture',
	questions: [
		q('a:flashcard', 'flashcard', 'a'),
		q('b:flashcard', 'flashcard', 'b'),
		q('a:choice', 'choice', 'a')
	]
};

async function fresh(factory = new IDBFactory()) {
	const stores: ProgressStore[] = [];
	const state = new StudyState();
	await state.init({
		open: async () => {
			const s = await openProgress({ idbFactory: factory, name: 'study-test' });
			stores.push(s);
			return s;
		},
		loadBank: async () => bank,
		deck: bank.deck
	});
	await state.whenReady();
	return { state, store: stores[0]!, factory };
}

const flashA = bank.questions[0]!;
const flashB = bank.questions[1]!;

describe('StudyState.init', () => {
	it('opens the store, registers the deck and is idempotent', async () => {
		const { state, store } = await fresh();
		expect(state.ready).toBe(true);
		expect(state.deckId).toBe('deck-test');
		expect(state.questionById('b:flashcard')?.prompt).toBe('Hỏi b:flashcard?');
		expect(state.questionById('gone')).toBeUndefined();
		expect(state.cards.size).toBe(0);
		expect((await store.listDecks()).map((d) => [d.id, d.kind])).toEqual([['deck-test', 'builtin']]);
		let opened = 0;
		await state.init({ open: async () => (opened++, store) });
		expect(opened).toBe(0);
	});

	it('keeps the cards of questions that left the bank, and the queue never offers them', async () => {
		const factory = new IDBFactory();
		const first = await fresh(factory);
		await flash(first.state, flashA, 3, 900);
		const gone = { ...flashB, id: 'left-the-bank' };
		await flash(first.state, gone, 3, 900);
		first.store.close();
		const second = await fresh(factory);
		// Progress is never thrown away (the question may come back), but nothing asks a question the bank lacks.
		expect([...second.state.cards.keys()].sort()).toEqual(['a:flashcard', 'left-the-bank']);
		expect(second.state.questionById('left-the-bank')).toBeUndefined();
		const session = new FlashcardSession(second.state);
		await session.start();
		expect(session.queue?.items.map((q) => q.id)).not.toContain('left-the-bank');
	});

	it('records a storage failure and lets a later call retry', async () => {
		const state = new StudyState();
		const failing = state.init({
			open: async () => Promise.reject(new Error('no storage')),
			deck: bank.deck
		});
		await expect(failing).rejects.toThrow('no storage');
		expect(state.loadError).toBe('storage');
		expect(state.ready).toBe(false);
		await state.init({ open: () => openProgress({ idbFactory: new IDBFactory() }), deck: bank.deck });
		expect(state.ready).toBe(true);
		expect(state.loadError).toBeNull();
	});

	it('is ready without the bank, which loads only when a screen waits for it (home never fetches it)', async () => {
		const state = new StudyState();
		let fetched = 0;
		let fail = true;
		await state.init({
			open: () => openProgress({ idbFactory: new IDBFactory() }),
			deck: bank.deck,
			loadBank: async () => {
				fetched++;
				if (fail) throw new Error('offline');
				return bank;
			}
		});
		expect(state.ready).toBe(true);
		expect(fetched).toBe(0);
		const waiting = state.whenReady();
		await expect.poll(() => state.loadError).toBe('bank');
		fail = false;
		// The banner's "try again" fetches the bank again, and the waiting screen goes on.
		await state.retry();
		await waiting;
		expect(state.bank).toBe(bank);
		expect(fetched).toBe(2);
	});
});

describe('StudyState.answer', () => {
	it('schedules the card, writes review and card together, and moves revision', async () => {
		const { state, store } = await fresh();
		const rev = state.revision;
		const card = await flash(state, flashA, 3, 1234.6);
		expect(card.questionId).toBe('a:flashcard');
		expect(card.state).not.toBe(0);
		expect(card.due).toBeGreaterThan(Date.now());
		expect(state.cards.get('a:flashcard')).toEqual(card);
		expect(state.revision).toBe(rev + 1);
		const reviews = await store.getReviews('deck-test');
		expect(reviews).toHaveLength(1);
		expect(reviews[0]).toMatchObject({
			questionId: 'a:flashcard',
			mode: 'flashcards',
			rating: 3,
			ms: 1235,
			topic: 'laos',
			type: 'flashcard'
		});
		expect(await store.getCards('deck-test')).toEqual([card]);
		// The first study session asks for persistent storage once.
		expect(state.settings.persistAsked).toBe(true);
	});

	it('serialises quick answers so each sees the previous card state', async () => {
		const { state, store } = await fresh();
		const [c1, c2] = await Promise.all([flash(state, flashA, 1, 1), flash(state, flashA, 3, 1)]);
		expect(c1.reps).toBe(1);
		expect(c2.reps).toBe(2);
		expect(await store.getReviews('deck-test')).toHaveLength(2);
	});

	it('rejects a rating outside 1-4 and writes nothing', async () => {
		const { state, store } = await fresh();
		await expect(
			state.answer({
				question: flashA,
				mode: 'flashcards',
				given: null,
				correct: true,
				rating: 5 as 1,
				ms: 1
			})
		).rejects.toThrow(/Invalid rating: 5/);
		expect(await store.getReviews('deck-test')).toEqual([]);
	});
});

describe('StudyState.undoLast', () => {
	it('deletes the review and restores the card as it was, in storage too', async () => {
		const { state, store } = await fresh();
		const first = await flash(state, flashA, 3);
		await flash(state, flashA, 1);
		await flash(state, flashB, 4);
		expect(state.undoDepth).toBe(3);

		expect(await state.undoLast()).toBe('b:flashcard');
		expect(state.cards.has('b:flashcard')).toBe(false);
		expect(await state.undoLast()).toBe('a:flashcard');
		expect(state.cards.get('a:flashcard')).toEqual(first);
		expect(state.undoDepth).toBe(1);

		expect(await store.getCards('deck-test')).toEqual([first]);
		expect((await store.getReviews('deck-test')).map((r) => r.rating)).toEqual([3]);
	});

	it('returns null with nothing to undo, and an answer outside flashcards starts a new history', async () => {
		const { state } = await fresh();
		expect(await state.undoLast()).toBeNull();
		await flash(state, flashA, 3);
		const choice = bank.questions[2]!;
		await state.answer({
			question: choice,
			mode: 'learn',
			given: 'x',
			grade: 'wrong',
			correct: false,
			rating: 1,
			ms: 5
		});
		expect(state.undoDepth).toBe(0);
		expect(await state.undoLast()).toBeNull();
	});
});

describe('StudyState.saveSettings', () => {
	it('validates, applies the language and persists', async () => {
		const factory = new IDBFactory();
		const { state, store } = await fresh(factory);
		await expect(state.saveSettings({ dailyGoal: 0 })).rejects.toBeInstanceOf(SettingsError);
		await expect(state.saveSettings({ desiredRetention: 1.2 })).rejects.toThrow(/retention/);
		expect(state.settings.dailyGoal).toBe(20);

		await state.saveSettings({ lang: 'en', dailyGoal: 7, desiredRetention: 0.85, theme: 'dark' });
		expect(locale.lang).toBe('en');
		store.close();

		locale.set('vi');
		const again = await fresh(factory);
		expect(again.state.settings).toMatchObject({
			lang: 'en',
			dailyGoal: 7,
			desiredRetention: 0.85,
			theme: 'dark'
		});
		expect(locale.lang).toBe('en');
		locale.set('vi');
	});

	it('shows a change at once, and two quick changes both stay, in memory and on disk', async () => {
		const factory = new IDBFactory();
		const { state, store } = await fresh(factory);
		const first = state.saveSettings({ theme: 'dark' });
		// Applied before the write code has even loaded: a theme switch must not lag.
		expect(state.settings.theme).toBe('dark');
		const second = state.saveSettings({ dailyGoal: 9 });
		await Promise.all([first, second]);
		expect(state.settings).toMatchObject({ theme: 'dark', dailyGoal: 9 });
		store.close();
		const again = await fresh(factory);
		expect(again.state.settings).toMatchObject({ theme: 'dark', dailyGoal: 9 });
	});
});

describe('settings stored out of range (regression: a retention of 0.6 made every later change fail)', () => {
	it('open with the bad field reset, and a later theme change saves', async () => {
		const factory = new IDBFactory();
		const first = await fresh(factory);
		first.store.close();
		// Written the way an old backup import could write it, straight into the database.
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = factory.open('study-test');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('settings', 'readwrite');
			tx.objectStore('settings').put(
				{ lang: 'vi', theme: 'system', dailyGoal: 20, desiredRetention: 0.6 },
				'settings'
			);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();

		const { state, store } = await fresh(factory);
		expect(state.settings.desiredRetention).toBe(0.9);
		await state.saveSettings({ theme: 'dark' });
		expect(await store.getSettings()).toMatchObject({ theme: 'dark', desiredRetention: 0.9 });
	});
});
