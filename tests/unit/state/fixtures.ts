/** App state on a private fake IndexedDB with the committed bank, for the tests of the mode classes. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import type { Bank } from '../../../src/lib/domain/types';
import { StudyState } from '../../../src/lib/state/study.svelte';
import { openProgress } from '../../../src/lib/storage';
import type { ProgressStore } from '../../../src/lib/storage/contract';

export const bank = JSON.parse(
	readFileSync(new URL('../../../questions/bank.json', import.meta.url), 'utf8')
) as Bank;

/** A ready StudyState; `wrap` may replace store methods (a slow or failing write). */
export async function readyState(
	factory = new IDBFactory(),
	wrap: (store: ProgressStore) => ProgressStore = (s) => s
): Promise<{ state: StudyState; store: ProgressStore; factory: IDBFactory }> {
	const state = new StudyState();
	let store: ProgressStore | undefined;
	await state.init({
		open: async () => (store = wrap(await openProgress({ idbFactory: factory, name: 'modes-test' }))),
		loadBank: async () => bank,
		deck: bank.deck
	});
	await state.whenReady();
	return { state, store: store!, factory };
}

/** The store with some methods replaced; the others stay bound to the real store (it has private fields). */
export function withMethods(store: ProgressStore, methods: Partial<ProgressStore>): ProgressStore {
	return new Proxy(store, {
		get(target, key) {
			if (key in methods) return methods[key as keyof ProgressStore];
			const value = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

/** A store whose writes of answers fail as a full disk makes them fail. */
export function failingAnswers(store: ProgressStore): ProgressStore {
	return withMethods(store, {
		recordReview: async () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
	});
}
