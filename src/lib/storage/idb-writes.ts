/**
 * The IndexedDB side of recording study progress: an answer with its card state (and quiz answer), undo,
 * and reset. Loaded on demand with the FSRS scheduler (`import('./idb-writes')` in idb-store.ts), so the home
 * screen, which only reads, does not carry it. The store loads this module BEFORE it opens the transaction
 * these functions run in: a module load awaited inside a transaction would let it commit early.
 */
import type { IDBPTransaction } from 'idb';
import { isCardRecord } from '../domain/card-record';
import { rebuildCard } from '../domain/scheduling';
import { replacesAttempt, retention, withAnswer } from './checks';
import type { QuizProgress } from './contract';
import { StorageInputError } from './errors';
import { all } from './requests';
import { SETTINGS_KEY, type OnBaiDB } from './schema';
import type { CardRecord, DeckRecord, QuizAttempt, ReviewRecord } from '../domain/records';
import { bankQuestionIds } from '../domain/progress-rules';

export { checkReview } from './checks';

type ReviewStores = IDBPTransaction<OnBaiDB, ('reviews' | 'cards' | 'attempts' | 'settings')[], 'readwrite'>;
type UndoStores = IDBPTransaction<OnBaiDB, ('reviews' | 'cards' | 'settings')[], 'readwrite'>;
type ProgressStores = IDBPTransaction<OnBaiDB, ('cards' | 'reviews' | 'attempts')[], 'readwrite'>;
type DeckStores = IDBPTransaction<OnBaiDB, ('cards' | 'reviews' | 'attempts' | 'decks')[], 'readwrite'>;
type DeckCardStores = IDBPTransaction<OnBaiDB, ('cards' | 'decks' | 'flags' | 'accepted')[], 'readwrite'>;
type DeckAllStores = IDBPTransaction<
	OnBaiDB,
	('cards' | 'reviews' | 'attempts' | 'decks' | 'flags' | 'accepted')[],
	'readwrite'
>;

/**
 * Appends the review and writes the card's new state (and the quiz answer) inside `tx`. Returns the card as
 * stored, which is `card` or, when another tab answered meanwhile, the card rebuilt from the log.
 */
export async function writeReview(
	tx: ReviewStores,
	review: ReviewRecord,
	card: CardRecord,
	quiz?: QuizProgress
): Promise<CardRecord> {
	const cards = tx.objectStore('cards');
	const [stored, attempt] = await Promise.all([
		cards.get(card.questionId),
		quiz ? tx.objectStore('attempts').get(quiz.attemptId) : undefined
	]);
	const answered = quiz ? withAnswer(attempt, quiz) : undefined;
	let next = card;
	// The caller scheduled from the card it knew. When another tab answered the same question in the
	// meantime that card is stale (every review adds one rep): replay the whole log instead, so the
	// stored card always agrees with the log whatever the tabs do.
	if (stored && isCardRecord(stored as unknown) && card.reps !== stored.reps + 1) {
		const log = await tx.objectStore('reviews').index('by-question').getAll(card.questionId);
		const opts = retention(await tx.objectStore('settings').get(SETTINGS_KEY));
		next = rebuildCard(card.questionId, card.deckId, [...log, review], new Date(review.at), opts);
	}
	await all([
		() => tx.objectStore('reviews').add(review),
		() => cards.put(next),
		...(answered ? [() => tx.objectStore('attempts').put(answered)] : [])
	]);
	return next;
}

/**
 * Flashcard undo inside `tx`: removes this tab's review only, and puts back the card it replaced only when
 * no later review of the question exists. When another tab graded the card since, `previous` is stale:
 * the card is rebuilt from the log without the undone review. Returns the card as stored (null: none).
 */
export async function removeReview(
	tx: UndoStores,
	reviewId: string,
	previous: CardRecord | null
): Promise<CardRecord | null> {
	const reviews = tx.objectStore('reviews');
	const review = await reviews.get(reviewId);
	if (!review) throw new StorageInputError(`undoReview: no review "${reviewId}"`);
	if (previous && previous.questionId !== review.questionId) {
		throw new StorageInputError(
			`undoReview: review "${reviewId}" is for "${review.questionId}", not "${previous.questionId}"`
		);
	}
	const cards = tx.objectStore('cards');
	const rest = (await reviews.index('by-question').getAll(review.questionId)).filter(
		(r) => r.id !== reviewId
	);
	const later = rest.some((r) => r.at >= review.at);
	let next = previous;
	if (later) {
		const opts = retention(await tx.objectStore('settings').get(SETTINGS_KEY));
		next = rest.length
			? rebuildCard(review.questionId, review.deckId, rest, new Date(review.at), opts)
			: null;
	}
	await all([
		() => reviews.delete(reviewId),
		() => (next ? cards.put(next) : cards.delete(review.questionId))
	]);
	return next;
}

/** Writes a whole quiz attempt inside `tx`, unless the stored one holds answers or an end it would lose. */
export async function writeAttempt(
	tx: IDBPTransaction<OnBaiDB, 'attempts'[], 'readwrite'>,
	attempt: QuizAttempt
): Promise<void> {
	const store = tx.objectStore('attempts');
	if (replacesAttempt(await store.get(attempt.id), attempt)) await store.put(attempt);
}

/** Deletes the cards, reviews and attempts of one deck, or of every deck, inside `tx`. */
export async function clearProgress(tx: ProgressStores, deckId?: string): Promise<void> {
	for (const name of ['cards', 'reviews', 'attempts'] as const) {
		const store = tx.objectStore(name);
		if (deckId === undefined) {
			await store.clear();
		} else {
			const keys = await store.index('by-deck').getAllKeys(deckId);
			await all(keys.map((key) => () => store.delete(key)));
		}
	}
}

/** Deletes a deck and all of its progress inside `tx`. */
export async function removeDeck(tx: DeckStores, deckId: string): Promise<void> {
	// A transaction over these four stores covers the three clearProgress needs; idb's types cannot say so.
	await clearProgress(tx as unknown as ProgressStores, deckId);
	await tx.objectStore('decks').delete(deckId);
}

/** Deletes a deck, all of its progress, its reports and its remembered answers inside `tx`. */
export async function removeDeckWithNotes(tx: DeckAllStores, deckId: string): Promise<void> {
	// A transaction over these six stores covers the four removeDeck needs; idb's types cannot say so.
	await removeDeck(tx as unknown as DeckStores, deckId);
	for (const name of ['flags', 'accepted'] as const) {
		const store = tx.objectStore(name);
		const keys = await store.index('by-deck').getAllKeys(deckId);
		await all(keys.map((key) => () => store.delete(key)));
	}
}

/**
 * Files a re-reviewed deck and deletes the cards, reports and remembered answers of the questions its new
 * bank no longer asks, inside `tx` (see the contract). Returns the cards deleted.
 */
export async function replaceDeckIn(tx: DeckCardStores, deck: DeckRecord): Promise<number> {
	const decks = tx.objectStore('decks');
	const existing = await decks.get(deck.id);
	await decks.put(existing ? { ...deck, createdAt: existing.createdAt } : deck);
	const asked = bankQuestionIds(deck) ?? new Set<string>();
	const cards = tx.objectStore('cards');
	const gone = (await cards.index('by-deck').getAllKeys(deck.id)).filter((key) => !asked.has(key));
	await all(gone.map((key) => () => cards.delete(key)));
	for (const name of ['flags', 'accepted'] as const) {
		const store = tx.objectStore(name);
		// Their keys start [deckId, questionId, ...].
		const keys = (await store.index('by-deck').getAllKeys(deck.id)).filter((k) => !asked.has(k[1]));
		await all(keys.map((key) => () => store.delete(key)));
	}
	return gone.length;
}
