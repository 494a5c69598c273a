/**
 * The IndexedDB-backed progress store. Every write is one readwrite transaction that is awaited to its
 * end (`tx.done`), so a resolved promise means the data is on disk and a rejected one means none of it is.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { isCardRecord } from '../domain/card-record';
import type {
	ImportOptions,
	ImportReport,
	ProgressStore,
	QuizProgress,
	RepairReport,
	StorageInfo
} from './contract';
import { StorageClosedError, StorageInputError, toStorageError } from './errors';
import { announceChange, emitVersionChange } from './events';
import { openDatabase, type IdbOptions } from './open';
import { ALL_STORES, SETTINGS_KEY, type OnBaiDB } from './schema';
import {
	type AcceptedAnswer,
	type CardRecord,
	type DeckRecord,
	type QuestionFlag,
	type QuizAttempt,
	type ReviewRecord
} from '../domain/records';
import { settingsOrDefaults, type Settings } from '../domain/settings';

type DB = IDBPDatabase<OnBaiDB>;
type Names = StoreNames<OnBaiDB>;
type RW<S extends Names[]> = IDBPTransaction<OnBaiDB, S, 'readwrite'>;

// Writes of study progress (with FSRS), maintenance (with the backup format) and the write checks are loaded
// on demand: the home screen only reads (and files its deck). They are always loaded BEFORE a transaction
// opens: a transaction commits as soon as it has no request pending, so awaiting a module load inside one
// would end it early.
const checks = () => import('./checks');
const writes = () => import('./idb-writes');
const maintenance = () => import('./idb-maintenance');
/** Reviews per request when the whole log is read: about 10 ms of work each on a slow phone. */
const LOG_BATCH = 500;

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
		// Stored before the bounds were one rule, a value may be out of range: the app must still open.
		return settingsOrDefaults(stored).settings;
	}

	async saveSettings(patch: Partial<Settings>): Promise<Settings> {
		const { patchSettings } = await checks();
		let changed = false;
		const stored = await this.#write(['settings'], async (tx) => {
			const store = tx.objectStore('settings');
			const before = await store.get(SETTINGS_KEY);
			const next = patchSettings(before, patch);
			if (!next) return settingsOrDefaults(before).settings;
			await store.put(next, SETTINGS_KEY);
			changed = true;
			return next;
		});
		if (changed) announceChange({ kind: 'settings', name: this.#opts.name });
		return stored;
	}

	async ensureDeck(deck: DeckRecord): Promise<void> {
		if (!deck?.id) throw new StorageInputError('ensureDeck: the deck needs an id');
		// Read first, outside any write: start-up files the deck on every visit, and a full disk must not
		// stop the app from opening when the deck is already stored as it is.
		if (!refreshedDeck(await this.getDeck(deck.id), deck)) return;
		await this.#write(['decks'], async (tx) => {
			const store = tx.objectStore('decks');
			// Keep the first createdAt; refresh title, source and bank (a regenerated built-in bank).
			const next = refreshedDeck(await store.get(deck.id), deck);
			if (next) await store.put(next);
		});
	}

	async listDecks(): Promise<DeckRecord[]> {
		return (await this.#database()).getAll('decks');
	}

	async getDeck(id: string): Promise<DeckRecord | undefined> {
		return (await this.#database()).get('decks', id);
	}

	async replaceDeck(deck: DeckRecord): Promise<number> {
		if (!deck?.id) throw new StorageInputError('replaceDeck: the deck needs an id');
		const { replaceDeckIn } = await writes();
		return this.#write(['cards', 'decks', 'flags', 'accepted'], (tx) => replaceDeckIn(tx, deck));
	}

	async deleteDeck(id: string): Promise<void> {
		const { removeDeckWithNotes } = await writes();
		await this.#write(['cards', 'reviews', 'attempts', 'decks', 'flags', 'accepted'], (tx) =>
			removeDeckWithNotes(tx, id)
		);
	}

	async getCards(deckId: string): Promise<CardRecord[]> {
		const cards = await (await this.#database()).getAllFromIndex('cards', 'by-deck', deckId);
		// A damaged record must not crash the study screen; "check and repair" rebuilds it.
		return cards.filter(isCardRecord);
	}

	async recordReview(review: ReviewRecord, card: CardRecord, quiz?: QuizProgress): Promise<CardRecord> {
		const { checkReview, writeReview } = await writes();
		const clean = checkReview(review, card);
		const stored = await this.#write(['reviews', 'cards', 'attempts', 'settings'], (tx) =>
			writeReview(tx, clean.review, clean.card, quiz)
		);
		this.#reviewsChanged(clean.review.deckId);
		return stored;
	}

	async undoReview(reviewId: string, previous: CardRecord | null): Promise<CardRecord | null> {
		const { removeReview } = await writes();
		const card = await this.#write(['reviews', 'cards', 'settings'], (tx) =>
			removeReview(tx, reviewId, previous)
		);
		// A new card undone leaves no card to name its deck: the other tabs then re-read theirs.
		this.#reviewsChanged(card?.deckId ?? previous?.deckId);
		return card;
	}

	/** Committed: the other tabs re-read the deck's cards and counts. */
	#reviewsChanged(deckId: string | undefined): void {
		announceChange({ kind: 'reviews', name: this.#opts.name, deckId });
	}

	async getReviews(deckId?: string, since?: number): Promise<ReviewRecord[]> {
		const db = await this.#database();
		if (since === undefined) return this.#wholeLog(db, deckId);
		if (deckId === undefined) return db.getAllFromIndex('reviews', 'by-at', IDBKeyRange.lowerBound(since));
		// Ordered by [deck, time]: the index hands them back oldest first.
		return db.getAllFromIndex(
			'reviews',
			'by-deck-at',
			IDBKeyRange.bound([deckId, since], [deckId, Infinity])
		);
	}

	/**
	 * The whole log (of one deck), oldest first, read in batches with a pause between them: the browser
	 * turns stored records into objects on the main thread, and 10,000 reviews in one request were a task
	 * of several hundred ms on a slow phone, freezing the screen. Batches go by primary key, which is unique,
	 * so none is read twice or skipped. The log is append-only, so a review written meanwhile is simply in
	 * or not, like one written just after the read.
	 */
	async #wholeLog(db: DB, deckId?: string): Promise<ReviewRecord[]> {
		const out: ReviewRecord[] = [];
		let after: IDBKeyRange | undefined;
		for (;;) {
			const batch = await db.getAll('reviews', after, LOG_BATCH);
			for (const r of batch) if (deckId === undefined || r.deckId === deckId) out.push(r);
			if (batch.length < LOG_BATCH) break;
			after = IDBKeyRange.lowerBound(batch[batch.length - 1]!.id, true);
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
		// Stable: reviews at the same moment keep their key order, as the time index gives them.
		return out.sort((a, b) => a.at - b.at);
	}

	async getReviewsOf(deckId: string, questionIds: readonly string[]): Promise<ReviewRecord[]> {
		const tx = (await this.#database()).transaction('reviews');
		const index = tx.store.index('by-question');
		const lists = await Promise.all(questionIds.map((id) => index.getAll(id)));
		return lists
			.flat()
			.filter((r) => r.deckId === deckId)
			.sort((a, b) => a.at - b.at);
	}

	async countReviews(deckId: string, from: number, to: number): Promise<number> {
		const db = await this.#database();
		return db.countFromIndex(
			'reviews',
			'by-deck-at',
			IDBKeyRange.bound([deckId, from], [deckId, to], false, true)
		);
	}

	async saveAttempt(attempt: QuizAttempt): Promise<void> {
		const [{ checkAttempt }, { writeAttempt }] = await Promise.all([checks(), writes()]);
		const clean = checkAttempt(attempt);
		await this.#write(['attempts'], (tx) => writeAttempt(tx, clean));
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

	async getFlags(deckId: string): Promise<QuestionFlag[]> {
		return (await this.#database()).getAllFromIndex('flags', 'by-deck', deckId);
	}

	async flagQuestion(flag: QuestionFlag): Promise<void> {
		const clean = (await checks()).checkFlag(flag);
		await this.#write(['flags'], async (tx) => {
			await tx.objectStore('flags').put(clean);
		});
	}

	async unflagQuestion(deckId: string, questionId: string): Promise<void> {
		await this.#write(['flags'], async (tx) => {
			await tx.objectStore('flags').delete([deckId, questionId]);
		});
	}

	async getAcceptedAnswers(deckId: string): Promise<AcceptedAnswer[]> {
		return (await this.#database()).getAllFromIndex('accepted', 'by-deck', deckId);
	}

	async acceptAnswer(answer: AcceptedAnswer): Promise<void> {
		const clean = (await checks()).checkAccepted(answer);
		await this.#write(['accepted'], async (tx) => {
			// Keyed by its text: the same answer overruled twice stays one record, with its first time.
			const store = tx.objectStore('accepted');
			if (!(await store.getKey([clean.deckId, clean.questionId, clean.answer]))) await store.add(clean);
		});
	}

	async forgetAcceptedAnswer(deckId: string, questionId: string, answer: string): Promise<void> {
		await this.#write(['accepted'], async (tx) => {
			await tx.objectStore('accepted').delete([deckId, questionId, answer]);
		});
	}

	async repairCards(deckId: string, now: Date): Promise<number> {
		const { repairDeck } = await maintenance();
		return this.#write(['reviews', 'cards', 'settings'], (tx) => repairDeck(tx, deckId, now));
	}

	async checkAndRepair(now: Date, options: ImportOptions = {}): Promise<RepairReport> {
		const { checkAndRepairAll, knownQuestions } = await maintenance();
		const decks = await (await this.#database()).getAll('decks');
		const questions = knownQuestions(decks, options.questions);
		return this.#write([...ALL_STORES], (tx) => checkAndRepairAll(tx, now, questions));
	}

	async resetProgress(deckId?: string): Promise<void> {
		const { clearProgress } = await writes();
		await this.#write(['cards', 'reviews', 'attempts'], (tx) => clearProgress(tx, deckId));
	}

	async exportBackup(now: Date, appVersion: string): Promise<string> {
		const { exportFrom } = await maintenance();
		return exportFrom(await this.#database(), now, appVersion);
	}

	async importBackup(text: string, options: ImportOptions = {}): Promise<ImportReport> {
		const { importFailure, knownQuestions, mergeBackup, parseBackup } = await maintenance();
		const decks = await (await this.#database()).getAll('decks');
		const now = this.#opts.now();
		// Checked in full (checksum, every record, references) before the transaction: a bad file never
		// touches the database.
		const incoming = await parseBackup(text, {
			now,
			deckIds: decks.map((d) => d.id),
			questions: knownQuestions(decks, options.questions)
		});
		try {
			return await this.#write([...ALL_STORES], (tx) => mergeBackup(tx, incoming, now));
		} catch (e) {
			throw importFailure(e);
		}
	}

	// Settings and the first answer ask these; the home screen never does, so the code comes on demand.
	async storageInfo(): Promise<StorageInfo> {
		return (await import('./persistence')).readStorageInfo();
	}

	async requestPersistence(): Promise<boolean> {
		return (await import('./persistence')).askPersistence();
	}

	close(): void {
		this.#closed = true;
		this.#db?.close();
		this.#db = null;
	}
}

/**
 * The deck as stored after a refresh (first `createdAt` kept), or null when nothing would change: start-up
 * files the deck on every visit, and must need no free space to do so. Records of one deck are built the
 * same way each time, so their JSON is a fair comparison (a difference in key order only costs a write).
 */
export function refreshedDeck(existing: DeckRecord | undefined, deck: DeckRecord): DeckRecord | null {
	const next = existing ? { ...deck, createdAt: existing.createdAt } : deck;
	return existing && JSON.stringify(existing) === JSON.stringify(next) ? null : next;
}

export { OpenTimeoutError, type IdbOptions } from './open';
