import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/storage/open';
import { DB_VERSION } from '../../../src/lib/storage/migrations';
import { SETTINGS_KEY } from '../../../src/lib/storage/schema';
import { DEFAULT_SETTINGS } from '../../../src/lib/domain/settings';
import { onVersionChange } from '../../../src/lib/storage/events';
import { DAY, DECK, IDBFactory, T0, freshStore, makeAttempt, makeReview, rebuildCard } from './fixtures';

const noop = { blocking: () => {}, terminated: () => {} };
const opts = (factory: IDBFactory) => ({
	name: 'on-bai',
	factory,
	now: () => new Date(T0),
	blockedTimeoutMs: 1000,
	openTimeoutMs: 1000
});

describe('schema migrations', () => {
	it('version 1 filled with data upgrades to the current version with nothing lost and the new indexes working', async () => {
		expect(DB_VERSION).toBe(4);
		const factory = new IDBFactory();
		const v1 = await openDatabase(opts(factory), noop, 1);
		expect([...v1.objectStoreNames].sort()).toEqual(['attempts', 'cards', 'decks', 'reviews', 'settings']);
		expect([...v1.transaction('reviews').store.indexNames]).not.toContain('by-at');

		const reviews = [makeReview('q1', T0 + DAY), makeReview('q1', T0), makeReview('q2', T0 + 2 * DAY, 1)];
		const cards = ['q1', 'q2'].map((q) => rebuildCard(q, DECK, reviews, new Date(T0 + 3 * DAY)));
		const attempts = [
			makeAttempt('a-old', T0, ['q1', 'q2']),
			makeAttempt('a-new', T0 + DAY, ['q2', 'q1']),
			makeAttempt('a-done', T0 + 2 * DAY, ['q1'], { finishedAt: T0 + 2 * DAY, score: 1 })
		];
		const tx = v1.transaction(['reviews', 'cards', 'attempts', 'decks', 'settings'], 'readwrite');
		for (const r of reviews) await tx.objectStore('reviews').put(r);
		for (const c of cards) await tx.objectStore('cards').put(c);
		for (const a of attempts) await tx.objectStore('attempts').put(a);
		await tx
			.objectStore('decks')
			.put({ id: DECK, title: 'VUFO', source: 'x', kind: 'builtin', createdAt: T0 });
		await tx.objectStore('settings').put({ ...DEFAULT_SETTINGS, lang: 'en', dailyGoal: 7 }, SETTINGS_KEY);
		await tx.done;
		v1.close();

		const { store } = await freshStore(factory);
		expect(store.persistent).toBe(true);
		expect(await store.getCards(DECK)).toEqual(cards);
		// getReviews() reads the v2 'by-at' index: in time order, old records included.
		expect((await store.getReviews()).map((r) => r.at)).toEqual([T0, T0 + DAY, T0 + 2 * DAY]);
		expect(await store.getReviews(DECK)).toHaveLength(3);
		// The v3 'by-deck-at' index serves the ranges home reads, over records written before it existed.
		expect((await store.getReviews(DECK, T0 + DAY)).map((r) => r.at)).toEqual([T0 + DAY, T0 + 2 * DAY]);
		expect(await store.countReviews(DECK, T0, T0 + 2 * DAY)).toBe(2);
		// getUnfinishedAttempt reads the v2 'by-deck-started' index.
		expect((await store.getUnfinishedAttempt(DECK))?.id).toBe('a-new');
		expect(await store.listAttempts(DECK)).toHaveLength(3);
		expect(await store.listDecks()).toHaveLength(1);
		expect(await store.getSettings()).toMatchObject({ lang: 'en', dailyGoal: 7 });
		store.close();

		const current = await openDatabase(opts(factory), noop);
		expect(current.version).toBe(DB_VERSION);
		expect([...current.transaction('reviews').store.indexNames].sort()).toEqual([
			'by-at',
			'by-deck',
			'by-deck-at',
			'by-question'
		]);
		expect([...current.transaction('attempts').store.indexNames].sort()).toEqual([
			'by-deck',
			'by-deck-started'
		]);
		current.close();
	});

	it('version 3 filled with data upgrades to version 4: everything kept, reports and accepted answers stored per deck', async () => {
		const factory = new IDBFactory();
		const v3 = await openDatabase(opts(factory), noop, 3);
		expect([...v3.objectStoreNames]).not.toContain('flags');
		const reviews = [makeReview('q1', T0), makeReview('q2', T0 + DAY, 1)];
		const cards = ['q1', 'q2'].map((q) => rebuildCard(q, DECK, reviews, new Date(T0 + 2 * DAY)));
		const tx = v3.transaction(['reviews', 'cards', 'attempts', 'decks', 'settings'], 'readwrite');
		for (const r of reviews) await tx.objectStore('reviews').put(r);
		for (const c of cards) await tx.objectStore('cards').put(c);
		await tx.objectStore('attempts').put(makeAttempt('a1', T0, ['q1', 'q2']));
		await tx
			.objectStore('decks')
			.put({ id: DECK, title: 'VUFO', source: 'x', kind: 'builtin', createdAt: T0 });
		await tx.objectStore('settings').put({ ...DEFAULT_SETTINGS, dailyGoal: 9 }, SETTINGS_KEY);
		await tx.done;
		v3.close();

		const { store } = await freshStore(factory);
		expect(store.persistent).toBe(true);
		expect(await store.getCards(DECK)).toEqual(cards);
		expect(await store.getReviews(DECK, T0 + DAY)).toHaveLength(1);
		expect((await store.getUnfinishedAttempt(DECK))?.id).toBe('a1');
		expect(await store.getSettings()).toMatchObject({ dailyGoal: 9 });
		expect(await store.getFlags(DECK)).toEqual([]);

		// The new stores work on the upgraded database, per deck.
		const flag = { deckId: DECK, questionId: 'q2', reason: 'typo' as const, comment: 'Sai chính tả', at: T0 };
		await store.flagQuestion(flag);
		await store.flagQuestion({ ...flag, deckId: 'other-deck', questionId: 'q2' });
		await store.acceptAnswer({ deckId: DECK, questionId: 'q1', answer: 'Hoa Kỳ', at: T0 });
		await store.acceptAnswer({ deckId: DECK, questionId: 'q1', answer: 'Hoa Kỳ', at: T0 + DAY });
		expect(await store.getFlags(DECK)).toEqual([flag]);
		expect(await store.getAcceptedAnswers(DECK)).toEqual([
			{ deckId: DECK, questionId: 'q1', answer: 'Hoa Kỳ', at: T0 }
		]);
		await store.unflagQuestion(DECK, 'q2');
		expect(await store.getFlags(DECK)).toEqual([]);
		expect(await store.getFlags('other-deck')).toHaveLength(1);
		store.close();

		const current = await openDatabase(opts(factory), noop);
		expect([...current.objectStoreNames].sort()).toEqual([
			'accepted',
			'attempts',
			'cards',
			'decks',
			'flags',
			'reviews',
			'settings'
		]);
		expect([...current.transaction('flags').store.indexNames]).toEqual(['by-deck']);
		expect([...current.transaction('accepted').store.indexNames]).toEqual(['by-deck']);
		current.close();
	});

	it('a database newer than this code gives the in-memory store and tells the app to reload', async () => {
		const factory = new IDBFactory();
		await new Promise<void>((resolve) => {
			const req = factory.open('on-bai', DB_VERSION + 1);
			req.onsuccess = () => (req.result.close(), resolve());
		});
		const events: string[] = [];
		const off = onVersionChange((e) => events.push(e.kind));
		const { store } = await freshStore(factory);
		off();
		expect(store.persistent).toBe(false);
		expect(store.failure).toBe('outdated');
		expect(events).toEqual(['outdated']);
	});
});
