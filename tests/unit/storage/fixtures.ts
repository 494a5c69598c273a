/** Shared builders for the storage tests: records as the app writes them, with fixed times. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { newCard, rebuildCard, review as schedule } from '../../../src/lib/domain/scheduling';
import { openProgress } from '../../../src/lib/storage';
import type { ProgressStore } from '../../../src/lib/storage/contract';
import type {
	CardRecord,
	DeckRecord,
	QuizAttempt,
	Rating,
	ReviewRecord
} from '../../../src/lib/domain/records';

export const DECK = 'vufo-quang-ninh';
export const T0 = Date.UTC(2026, 2, 23, 1, 0, 0);
export const MIN = 60_000;
export const DAY = 86_400_000;

/** The built-in deck's record, as the app files it on every start. */
export const DECK_RECORD: DeckRecord = {
	id: DECK,
	title: 'VUFO và Quảng Ninh',
	source: 'Báo',
	kind: 'builtin',
	createdAt: T0 - DAY
};

/** A store on a fresh, private fake IndexedDB, holding the built-in deck as the app's start-up files it. */
export async function freshStore(
	factory = new IDBFactory(),
	name = 'on-bai'
): Promise<{ store: ProgressStore; factory: IDBFactory }> {
	const store = await openProgress({ idbFactory: factory, name, now: () => new Date(T0 + 30 * DAY) });
	await store.ensureDeck(DECK_RECORD);
	return { store, factory };
}

let seq = 0;
export function makeReview(
	questionId: string,
	at: number,
	rating: Rating = 3,
	extra: Partial<ReviewRecord> = {}
): ReviewRecord {
	return {
		id: `${at}-${questionId}-${(seq++).toString(36)}`,
		questionId,
		deckId: DECK,
		mode: 'flashcards',
		given: null,
		rating,
		correct: rating > 1,
		ms: 4200,
		at,
		...extra
	};
}

/**
 * Answers a question the way study.answer does: schedules the card from its previous state, then records
 * review and card together. Returns the review and the new card.
 */
export async function answer(
	store: ProgressStore,
	questionId: string,
	at: number,
	rating: Rating = 3,
	extra: Partial<ReviewRecord> = {}
): Promise<{ review: ReviewRecord; card: CardRecord }> {
	const cards = await store.getCards(extra.deckId ?? DECK);
	const previous =
		cards.find((c) => c.questionId === questionId) ?? newCard(questionId, extra.deckId ?? DECK, new Date(at));
	const card = schedule(previous, rating, new Date(at), { desiredRetention: 0.9, fuzz: true });
	const review = makeReview(questionId, at, rating, extra);
	await store.recordReview(review, card);
	return { review, card };
}

export function makeAttempt(
	id: string,
	startedAt: number,
	questionIds: string[],
	extra: Partial<QuizAttempt> = {}
): QuizAttempt {
	return {
		id,
		deckId: DECK,
		settings: { length: questionIds.length, topics: [], types: [], timeLimit: null },
		questionIds,
		answers: questionIds.map(() => null),
		startedAt,
		...extra
	};
}

export { rebuildCard, newCard, IDBFactory };

/** Writes a record straight into the database, bypassing the store: how damage gets in. */
export function rawPut(
	factory: IDBFactory,
	storeName: string,
	value: unknown,
	key?: IDBValidKey,
	name = 'on-bai'
): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const req = factory.open(name);
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const db = req.result;
			const tx = db.transaction(storeName, 'readwrite');
			tx.objectStore(storeName).put(value, key);
			tx.oncomplete = () => {
				db.close();
				resolve();
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}

/** Writes many records straight into one store of the database in one transaction. */
export function rawPutAll(
	factory: IDBFactory,
	storeName: string,
	values: unknown[],
	name = 'on-bai'
): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const req = factory.open(name);
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const db = req.result;
			const tx = db.transaction(storeName, 'readwrite');
			for (const v of values) tx.objectStore(storeName).put(v);
			tx.oncomplete = () => {
				db.close();
				resolve();
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}
