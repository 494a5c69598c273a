import { describe, expect, it } from 'vitest';
import { openProgress } from '../../../src/lib/storage';
import { StorageClosedError } from '../../../src/lib/storage/errors';
import { onVersionChange } from '../../../src/lib/storage/events';
import { DB_VERSION } from '../../../src/lib/storage/migrations';
import { openDatabase } from '../../../src/lib/storage/open';
import { review } from '../../../src/lib/domain/scheduling';
import { DECK, IDBFactory, T0, answer, freshStore, makeReview, newCard, rebuildCard } from './fixtures';

describe('two tabs', () => {
	it('concurrent answers from two connections are all kept', async () => {
		const factory = new IDBFactory();
		const { store: a } = await freshStore(factory);
		const { store: b } = await freshStore(factory);
		await Promise.all(
			Array.from({ length: 40 }, (_, i) => answer(i % 2 ? a : b, `q${i % 10}`, T0 + i * 1000, 3))
		);
		const reviews = await a.getReviews();
		expect(reviews).toHaveLength(40);
		expect(new Set(reviews.map((r) => r.id)).size).toBe(40);
		expect(await b.getReviews()).toEqual(reviews);
		// Answers raced on stale cards; still every stored card is exactly the replay of its log.
		for (const card of await a.getCards(DECK)) {
			expect(card).toEqual(
				rebuildCard(card.questionId, DECK, reviews, new Date(T0), { desiredRetention: 0.9, fuzz: true })
			);
		}
		expect((await a.getCards(DECK)).map((c) => c.questionId).sort()).toEqual([
			'q0',
			'q1',
			'q2',
			'q3',
			'q4',
			'q5',
			'q6',
			'q7',
			'q8',
			'q9'
		]);
	});

	it('an answer scheduled from a stale card (the other tab answered first) still leaves the card matching the log', async () => {
		const factory = new IDBFactory();
		const { store: a } = await freshStore(factory);
		const { store: b } = await freshStore(factory);
		await answer(a, 'q1', T0, 3);
		// Tab B never saw that answer: it schedules from a new card.
		const stale = review(newCard('q1', DECK, new Date(T0 + 1000)), 1, new Date(T0 + 1000), { fuzz: true });
		await b.recordReview(makeReview('q1', T0 + 1000, 1), stale);
		const log = await a.getReviews(DECK);
		expect(log).toHaveLength(2);
		const [card] = await a.getCards(DECK);
		expect(card?.reps).toBe(2);
		expect(card).toEqual(
			rebuildCard('q1', DECK, log, new Date(T0 + 1000), { desiredRetention: 0.9, fuzz: true })
		);
	});

	it('on "blocking" this tab lets go at once, says so, and refuses further work with a clear error', async () => {
		const factory = new IDBFactory();
		const { store } = await freshStore(factory);
		await answer(store, 'q1', T0);
		const events: string[] = [];
		const off = onVersionChange((e) => events.push(e.kind));
		// Another tab with newer code opens the next version: it must not be blocked by us.
		const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = factory.open('on-bai', DB_VERSION + 1);
			req.onblocked = () => reject(new Error('the upgrade was blocked'));
			req.onsuccess = () => resolve(req.result);
		});
		off();
		expect(events).toEqual(['blocking']);
		expect(upgraded.version).toBe(DB_VERSION + 1);
		upgraded.close();
		await expect(store.getCards(DECK)).rejects.toThrow(StorageClosedError);
	});

	it('a blocked upgrade does not hang: it falls back to memory after the timeout', async () => {
		const factory = new IDBFactory();
		// An old tab that holds version 1 open and ignores versionchange.
		const ignore = { blocking: () => {}, terminated: () => {} };
		const old = await openDatabase(
			{ name: 'on-bai', factory, now: () => new Date(T0), blockedTimeoutMs: 100, openTimeoutMs: 1000 },
			ignore,
			1
		);
		const events: string[] = [];
		const off = onVersionChange((e) => events.push(e.kind));
		const started = Date.now();
		const store = await openProgress({ idbFactory: factory, blockedTimeoutMs: 100 });
		off();
		expect(Date.now() - started).toBeLessThan(3000);
		expect(store.persistent).toBe(false);
		expect(store.failure).toBe('blocked');
		expect(events).toEqual(['blocked']);
		// The session still works, in memory.
		await answer(store, 'q1', T0);
		expect(await store.getReviews()).toHaveLength(1);
		old.close();
	});
});

describe('upgrades from odd starting points', () => {
	it('a failing upgrade rolls back and falls back to memory instead of leaving a half-built database', async () => {
		const factory = new IDBFactory();
		// A version-1 database that lacks the reviews store version 2 indexes: the v2 step cannot run.
		await new Promise<void>((resolve) => {
			const req = factory.open('on-bai', 1);
			req.onupgradeneeded = () => req.result.createObjectStore('cards', { keyPath: 'questionId' });
			req.onsuccess = () => (req.result.close(), resolve());
		});
		const store = await openProgress({ idbFactory: factory });
		expect(store.persistent).toBe(false);
		expect(store.failure).toBe('refused');
		const version = await new Promise<number>((resolve) => {
			const req = factory.open('on-bai');
			req.onsuccess = () => (resolve(req.result.version), req.result.close());
		});
		expect(version).toBe(1);
	});

	it('an empty database someone opened without a version is set up as new', async () => {
		const factory = new IDBFactory();
		await new Promise<void>((resolve) => {
			const req = factory.open('on-bai');
			req.onsuccess = () => (req.result.close(), resolve());
		});
		const { store } = await freshStore(factory);
		expect(store.persistent).toBe(true);
		const { review } = await answer(store, 'q1', T0);
		expect(await store.getReviews()).toEqual([review]);
		expect((await store.getUnfinishedAttempt(DECK)) ?? null).toBeNull();
	});
});
