import { afterEach, describe, expect, it, vi } from 'vitest';
import { onVersionChange } from '../../../src/lib/storage/events';
import { MemoryProgressStore } from '../../../src/lib/storage/memory-store';
import { forceCloseDatabase } from 'fake-indexeddb';
import { DECK, IDBFactory, T0, answer, freshStore } from './fixtures';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('persistent storage', () => {
	it('reads persisted() and estimate() from navigator.storage', async () => {
		vi.stubGlobal('navigator', {
			storage: {
				persisted: async () => true,
				estimate: async () => ({ usage: 3_500_000, quota: 2_000_000_000 }),
				persist: async () => true
			}
		});
		const { store } = await freshStore();
		expect(await store.storageInfo()).toEqual({ persisted: true, usage: 3_500_000, quota: 2_000_000_000 });
	});

	it('asks with navigator.storage.persist() and reports the answer', async () => {
		const persist = vi.fn(async () => false);
		vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
		const { store } = await freshStore();
		expect(await store.requestPersistence()).toBe(false);
		expect(persist).toHaveBeenCalledOnce();
		expect(await store.storageInfo()).toEqual({ persisted: false, usage: undefined, quota: undefined });
	});

	it('says "not persisted" where there is no storage manager, and the memory store never claims it', async () => {
		vi.stubGlobal('navigator', {});
		const { store } = await freshStore();
		expect(await store.storageInfo()).toEqual({ persisted: false });
		expect(await store.requestPersistence()).toBe(false);
		expect(await new MemoryProgressStore('unavailable').requestPersistence()).toBe(false);
	});
});

describe('a connection the browser closes', () => {
	it('is reported as "terminated", and the store reopens on its next use with nothing lost', async () => {
		const factory = new IDBFactory();
		const connections: IDBDatabase[] = [];
		const open = factory.open.bind(factory);
		factory.open = (name: string, version?: number) => {
			const req = open(name, version);
			req.addEventListener('success', () => connections.push(req.result));
			return req;
		};
		const { store } = await freshStore(factory);
		const first = await answer(store, 'q1', T0);
		const events: string[] = [];
		const off = onVersionChange((e) => events.push(e.kind));
		// What the browser does when the user clears site data or the disk fails under an open connection.
		forceCloseDatabase(connections[0] as never);
		off();
		expect(events).toEqual(['terminated']);
		const second = await answer(store, 'q2', T0 + 1000);
		expect(await store.getReviews()).toEqual([first.review, second.review]);
		expect(connections).toHaveLength(2);
	});
});

describe('the in-memory store behaves like the real one', () => {
	it('gives the same cards, reviews and resume for the same answers', async () => {
		const { store: real } = await freshStore();
		const memory = new MemoryProgressStore('unavailable', () => new Date(T0));
		for (const store of [real, memory]) {
			await answer(store, 'q1', T0);
			await answer(store, 'q1', T0 + 86_400_000, 1);
			await answer(store, 'q2', T0 + 1000, 4);
		}
		const strip = (rs: { id: string }[]) => rs.map(({ id: _id, ...r }) => r);
		expect(await memory.getCards(DECK)).toEqual(await real.getCards(DECK));
		expect(strip(await memory.getReviews(DECK))).toEqual(strip(await real.getReviews(DECK)));
		const events: string[] = [];
		const off = onVersionChange((e) => events.push(e.kind));
		memory.close();
		off();
		expect(events).toEqual([]);
	});
});
