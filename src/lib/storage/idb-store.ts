/**
 * The IndexedDB-backed progress store. Every write is one readwrite transaction that is awaited to its
 * end (`tx.done`), so a resolved promise means the data is on disk and a rejected one means none of it is.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { isCardRecord } from '../domain/card-record';
import type { ImportReport, ProgressStore, QuizProgress, StorageInfo } from './contract';
import { checkAttempt, checkReview, checkSettings, retention, withAnswer } from './checks';
import type { BackupData } from './maintenance';
import { StorageClosedError, StorageInputError, toStorageError } from './errors';
import { emitVersionChange } from './events';
import { openDatabase, type IdbOptions } from './open';
import { askPersistence, readStorageInfo } from './persistence';
import { ALL_STORES, SETTINGS_KEY, type OnBaiDB } from './schema';
import {
	DEFAULT_SETTINGS,
	type CardRecord,
	type DeckRecord,
	type QuizAttempt,
	type ReviewRecord,
	type Settings
} from './types';

type DB = IDBPDatabase<OnBaiDB>;
type Names = StoreNames<OnBaiDB>;
type RW<S extends Names[]> = IDBPTransaction<OnBaiDB, S, 'readwrite'>;

/**
 * Awaits several requests of one transaction. Each is observed at once, so when a later call throws
 * synchronously (and the transaction aborts) the earlier ones' AbortErrors are not stray rejections.
 */
function all(requests: (() => Promise<unknown>)[]): Promise<unknown[]> {
	const started: Promise<unknown>[] = [];
	for (const start of requests) {
		const p = start();
		p.catch(() => undefined);
		started.push(p);
	}
	return Promise.all(started);
}

// FSRS and the backup format are loaded on demand, and always before a transaction opens: a transaction
// commits as soon as it has no request pending, so awaiting a module load inside one would end it early.
const scheduling = () => import('../domain/scheduling');
const maintenance = () => import('./maintenance');

/** Above this many cards to rebuild, an import reads the whole review log once instead of per question. */
const REBUILD_SCAN_THRESHOLD = 40;

export class IdbProgressStore implements ProgressStore {
	readonly persistent = true;
	readonly failure = undefined;
	#db: DB | null = null;
	#reopening: Promise<DB> | null = null;
	#closed = false;
	#opts: IdbOptions;

	private constructor(opts: IdbOptions) {
		this.#opts = opts;
	}

	/** Opens the database; rejects (OpenTimeoutError, VersionError, ...) so openProgress can fall back. */
	static async open(opts: IdbOptions): Promise<IdbProgressStore> {
		const store = new IdbProgressStore(opts);
		store.#db = await store.#connect();
		return store;
	}

	#connect(): Promise<DB> {
		return openDatabase(this.#opts, {
			blocking: (db) => {
				// Another tab wants a newer schema: let go at once so its upgrade is not blocked, and tell the
				// app to reload (this code does not know the new schema).
				db.close();
				if (this.#db === db) this.#db = null;
				this.#closed = true;
				emitVersionChange({ kind: 'blocking', name: this.#opts.name });
			},
			terminated: () => {
				this.#db = null;
				emitVersionChange({ kind: 'terminated', name: this.#opts.name });
			}
		});
	}

	async #database(): Promise<DB> {
		if (this.#closed) throw new StorageClosedError();
		if (this.#db) return this.#db;
		// The browser closed the connection under us: reopen once, shared by concurrent callers.
		this.#reopening ??= this.#connect().finally(() => (this.#reopening = null));
		this.#db = await this.#reopening;
		return this.#db;
	}

	/** Runs `body` in one readwrite transaction and waits until it is committed, or rolled back on any error. */
	async #write<S extends Names[], T>(stores: S, body: (tx: RW<S>) => Promise<T>): Promise<T> {
		const db = await this.#database();
		const tx = db.transaction(stores, 'readwrite') as RW<S>;
		// Observed here so an abort never surfaces as an unhandled rejection; awaited below.
		tx.done.catch(() => undefined);
		try {
			const result = await body(tx);
			await tx.done;
			return result;
		} catch (e) {
			try {
				tx.abort();
			} catch {
				// Already aborted by the failed request, or already finished.
			}
			throw toStorageError(e);
		}
	}

	async getSettings(): Promise<Settings> {
		const db = await this.#database();
		const stored = await db.get('settings', SETTINGS_KEY);
		return { ...DEFAULT_SETTINGS, ...stored };
	}

	async saveSettings(settings: Settings): Promise<void> {
		checkSettings(settings);
		await this.#write(['settings'], async (tx) => {
			await tx.objectStore('settings').put(settings, SETTINGS_KEY);
		});
	}

	async ensureDeck(deck: DeckRecord): Promise<void> {
		if (!deck?.id) throw new StorageInputError('ensureDeck: the deck needs an id');
		await this.#write(['decks'], async (tx) => {
			const store = tx.objectStore('decks');
			const existing = await store.get(deck.id);
			// Keep the first createdAt; refresh title, source and bank (a regenerated built-in bank).
			await store.put(existing ? { ...deck, createdAt: existing.createdAt } : deck);
		});
	}

	async listDecks(): Promise<DeckRecord[]> {
		return (await this.#database()).getAll('decks');
	}

	async getCards(deckId: string): Promise<CardRecord[]> {
		const cards = await (await this.#database()).getAllFromIndex('cards', 'by-deck', deckId);
		// A damaged record must not crash the study screen; "check and repair" rebuilds it.
		return cards.filter(isCardRecord);
	}

	async recordReview(review: ReviewRecord, card: CardRecord, quiz?: QuizProgress): Promise<void> {
		checkReview(review, card);
		// Needed only when another tab answered the same question meanwhile; study.answer has loaded it already.
		const { rebuildCard } = await scheduling();
		await this.#write(['reviews', 'cards', 'attempts', 'settings'], async (tx) => {
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
		});
	}

	async undoReview(reviewId: string, previous: CardRecord | null): Promise<void> {
		await this.#write(['reviews', 'cards'], async (tx) => {
			const review = await tx.objectStore('reviews').get(reviewId);
			if (!review) throw new StorageInputError(`undoReview: no review "${reviewId}"`);
			if (previous && previous.questionId !== review.questionId) {
				throw new StorageInputError(
					`undoReview: review "${reviewId}" is for "${review.questionId}", not "${previous.questionId}"`
				);
			}
			await tx.objectStore('reviews').delete(reviewId);
			if (previous) await tx.objectStore('cards').put(previous);
			else await tx.objectStore('cards').delete(review.questionId);
		});
	}

	async getReviews(deckId?: string): Promise<ReviewRecord[]> {
		const db = await this.#database();
		const reviews =
			deckId === undefined
				? await db.getAllFromIndex('reviews', 'by-at')
				: await db.getAllFromIndex('reviews', 'by-deck', deckId);
		return deckId === undefined ? reviews : reviews.sort((a, b) => a.at - b.at);
	}

	async saveAttempt(attempt: QuizAttempt): Promise<void> {
		checkAttempt(attempt);
		await this.#write(['attempts'], async (tx) => {
			await tx.objectStore('attempts').put(attempt);
		});
	}

	async getAttempt(id: string): Promise<QuizAttempt | undefined> {
		return (await this.#database()).get('attempts', id);
	}

	async getUnfinishedAttempt(deckId: string): Promise<QuizAttempt | undefined> {
		const db = await this.#database();
		const range = IDBKeyRange.bound([deckId, -Infinity], [deckId, Infinity]);
		let cursor = await db.transaction('attempts').store.index('by-deck-started').openCursor(range, 'prev');
		while (cursor) {
			if (cursor.value.finishedAt === undefined) return cursor.value;
			cursor = await cursor.continue();
		}
		return undefined;
	}

	async listAttempts(deckId: string): Promise<QuizAttempt[]> {
		const db = await this.#database();
		return (await db.getAllFromIndex('attempts', 'by-deck', deckId)).sort(
			(a, b) => a.startedAt - b.startedAt
		);
	}

	async repairCards(deckId: string, now: Date): Promise<number> {
		const { groupByQuestion, rebuildCard, sameCard } = await maintenance();
		return this.#write(['reviews', 'cards', 'settings'], async (tx) => {
			const cards = tx.objectStore('cards');
			const opts = retention(await tx.objectStore('settings').get(SETTINGS_KEY));
			const groups = groupByQuestion(await tx.objectStore('reviews').index('by-deck').getAll(deckId));
			let rewritten = 0;
			for (const [questionId, reviews] of groups) {
				const rebuilt = rebuildCard(questionId, deckId, reviews, now, opts);
				if (!sameCard(await cards.get(questionId), rebuilt)) {
					await cards.put(rebuilt);
					rewritten++;
				}
			}
			// Cards never answered have nothing to replay: only a damaged one is reset to new.
			for (const card of await cards.index('by-deck').getAll(deckId)) {
				if (!groups.has(card.questionId) && !isCardRecord(card as unknown)) {
					await cards.put(rebuildCard(card.questionId, deckId, [], now, opts));
					rewritten++;
				}
			}
			return rewritten;
		});
	}

	async resetProgress(deckId?: string): Promise<void> {
		await this.#write(['cards', 'reviews', 'attempts'], async (tx) => {
			for (const name of ['cards', 'reviews', 'attempts'] as const) {
				const store = tx.objectStore(name);
				if (deckId === undefined) {
					await store.clear();
				} else {
					const keys = await store.index('by-deck').getAllKeys(deckId);
					await all(keys.map((key) => () => store.delete(key)));
				}
			}
		});
	}

	async exportBackup(now: Date, appVersion: string): Promise<string> {
		const { buildBackup } = await maintenance();
		const db = await this.#database();
		const tx = db.transaction([...ALL_STORES], 'readonly');
		const [cards, reviews, attempts, decks, settings] = await Promise.all([
			tx.objectStore('cards').getAll(),
			tx.objectStore('reviews').getAll(),
			tx.objectStore('attempts').getAll(),
			tx.objectStore('decks').getAll(),
			tx.objectStore('settings').get(SETTINGS_KEY)
		]);
		const data: BackupData = { cards, reviews, attempts, decks, settings: settings ?? null };
		return buildBackup(data, now, appVersion);
	}

	async importBackup(text: string): Promise<ImportReport> {
		const { groupByQuestion, parseBackup, planMerge, rebuildCard } = await maintenance();
		// Checked in full (checksum included) before the transaction: a bad file never touches the database.
		const incoming = await parseBackup(text);
		const now = this.#opts.now();
		return this.#write([...ALL_STORES], async (tx) => {
			const reviews = tx.objectStore('reviews');
			const cards = tx.objectStore('cards');
			const attempts = tx.objectStore('attempts');
			const [reviewIds, cardIds, attemptList, deckIds, settings] = await Promise.all([
				reviews.getAllKeys(),
				cards.getAllKeys(),
				attempts.getAll(),
				tx.objectStore('decks').getAllKeys(),
				tx.objectStore('settings').get(SETTINGS_KEY)
			]);
			const plan = planMerge(
				{
					reviewIds: new Set(reviewIds),
					cardIds: new Set(cardIds),
					attempts: new Map(attemptList.map((a) => [a.id, a])),
					deckIds: new Set(deckIds),
					hasSettings: settings !== undefined
				},
				incoming
			);
			const { settings: restored } = plan;
			await all([
				...plan.reviewsToAdd.map((r) => () => reviews.put(r)),
				...[...plan.attemptsToAdd, ...plan.attemptsToUpdate].map((a) => () => attempts.put(a)),
				...plan.decksToAdd.map((d) => () => tx.objectStore('decks').put(d)),
				...plan.cardsToAdd.map((c) => () => cards.put(c)),
				...(restored ? [() => tx.objectStore('settings').put(restored, SETTINGS_KEY)] : [])
			]);
			const opts = retention(settings ?? plan.settings ?? undefined);
			// Few questions touched: read their logs by index. Many (a restore onto a new phone): one scan of
			// the whole log is far cheaper than hundreds of index reads.
			const logs =
				plan.rebuild.length > REBUILD_SCAN_THRESHOLD
					? groupByQuestion(await reviews.getAll())
					: new Map(
							await Promise.all(
								plan.rebuild.map(async (id) => [id, await reviews.index('by-question').getAll(id)] as const)
							)
						);
			await all(
				plan.rebuild.map((questionId) => () => {
					const log = groupByQuestion(logs.get(questionId) ?? []).get(questionId) ?? [];
					const deckId = log.at(-1)?.deckId;
					return deckId ? cards.put(rebuildCard(questionId, deckId, log, now, opts)) : Promise.resolve();
				})
			);
			return {
				reviewsAdded: plan.reviewsToAdd.length,
				reviewsSkipped: plan.reviewsSkipped,
				cardsUpdated: plan.rebuild.length + plan.cardsToAdd.length,
				attemptsAdded: plan.attemptsToAdd.length,
				attemptsUpdated: plan.attemptsToUpdate.length,
				decksAdded: plan.decksToAdd.length,
				settingsRestored: plan.settings !== null
			};
		});
	}

	storageInfo(): Promise<StorageInfo> {
		return readStorageInfo();
	}

	requestPersistence(): Promise<boolean> {
		return askPersistence();
	}

	close(): void {
		this.#closed = true;
		this.#db?.close();
		this.#db = null;
	}
}

export { OpenTimeoutError, openDatabase, type IdbOptions } from './open';
