import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { openProgress } from '../../../src/lib/storage';
import { StorageFullError } from '../../../src/lib/storage/errors';
import { DEFAULT_SETTINGS } from '../../../src/lib/domain/settings';
import { DECK, DECK_RECORD, IDBFactory, T0, answer, freshStore } from './fixtures';

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('fallback when IndexedDB is not there', () => {
	it('gives a working in-memory store with persistent false when indexedDB is undefined', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const store = await openProgress();
		expect(store.persistent).toBe(false);
		expect(store.failure).toBe('unavailable');
		await store.ensureDeck(DECK_RECORD);
		const { review, card } = await answer(store, 'q1', T0);
		expect(await store.getReviews()).toEqual([review]);
		expect(await store.getCards(DECK)).toEqual([card]);
		const backup = await store.exportBackup(new Date(T0), 'test');
		expect((await store.importBackup(backup)).reviewsAdded).toBe(0);
	});

	it('falls back with failure "refused" when open() fails', async () => {
		const factory = new IDBFactory();
		vi.spyOn(factory, 'open').mockImplementation(() => {
			throw new DOMException(
				'A mutation operation was attempted on a database that did not allow mutations.',
				'InvalidStateError'
			);
		});
		const store = await openProgress({ idbFactory: factory });
		expect(store.persistent).toBe(false);
		expect(store.failure).toBe('refused');
		await store.saveSettings({
			...DEFAULT_SETTINGS,
			lang: 'en',
			theme: 'dark',
			dailyGoal: 10,
			desiredRetention: 0.85
		});
		expect((await store.getSettings()).theme).toBe('dark');
	});
});

describe('quota', () => {
	it('a full disk gives StorageFullError and loses nothing saved before', async () => {
		const { store } = await freshStore();
		const first = await answer(store, 'q1', T0);
		const put = FDBObjectStore.prototype.put;
		vi.spyOn(FDBObjectStore.prototype, 'put').mockImplementation(function (this: { name: string }, ...args) {
			if (this.name === 'cards') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this as never, args);
		});
		const failure = answer(store, 'q2', T0 + 1000);
		await expect(failure).rejects.toThrow(StorageFullError);
		await expect(failure).rejects.toThrow(/Storage is full/);
		vi.restoreAllMocks();
		expect(await store.getReviews()).toEqual([first.review]);
		expect(await store.getCards(DECK)).toEqual([first.card]);
	});
});
