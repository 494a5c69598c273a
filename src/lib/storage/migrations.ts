/**
 * Schema migrations of the "on-bai" database. Each step runs when the stored version is below its
 * number; steps are cumulative and NEVER renumbered or edited once shipped, because a phone may jump from
 * any old version to the newest in one upgrade.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { OnBaiDB } from './schema';

/** The version the current code opens. Bump it only together with a new step below. */
export const DB_VERSION = 4;

type UpgradeTx = IDBPTransaction<OnBaiDB, StoreNames<OnBaiDB>[], 'versionchange'>;

/**
 * Brings the database from `oldVersion` up to `target` (the current DB_VERSION in the app; lower in tests
 * that build an old database on purpose).
 */
export function migrate(
	db: IDBPDatabase<OnBaiDB>,
	tx: UpgradeTx,
	oldVersion: number,
	target: number = DB_VERSION
): void {
	// A database with no store at all is empty whatever its version says: something opened "on-bai" without
	// a version before the app first ran (a devtools snippet, an extension, a reload racing the first
	// upgrade). Set it up as new rather than fail every later upgrade.
	const empty = db.objectStoreNames.length === 0;
	if ((oldVersion < 1 || empty) && target >= 1) {
		// v1: the first schema.
		const cards = db.createObjectStore('cards', { keyPath: 'questionId' });
		cards.createIndex('by-deck', 'deckId');
		cards.createIndex('by-due', 'due');
		const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
		reviews.createIndex('by-question', 'questionId');
		reviews.createIndex('by-deck', 'deckId');
		const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
		attempts.createIndex('by-deck', 'deckId');
		db.createObjectStore('decks', { keyPath: 'id' });
		db.createObjectStore('settings');
	}
	if ((oldVersion < 2 || empty) && target >= 2) {
		// v2: the stats screen reads reviews by date range, and "resume" wants the newest attempt of a deck
		// without loading them all. IndexedDB indexes existing records when an index is created.
		tx.objectStore('reviews').createIndex('by-at', 'at');
		tx.objectStore('attempts').createIndex('by-deck-started', ['deckId', 'startedAt']);
	}
	if ((oldVersion < 3 || empty) && target >= 3) {
		// v3: home and the flashcard screen read only today's reviews of a deck, and the streak counts the
		// reviews of one day at a time, so their work no longer grows with the whole history.
		tx.objectStore('reviews').createIndex('by-deck-at', ['deckId', 'at']);
	}
	if ((oldVersion < 4 || empty) && target >= 4) {
		// v4: questions the learner reported, left out of their sessions, and typed answers they overruled as
		// right, graded right from then on. Both per deck (question ids may repeat across decks), and read per
		// deck when it is studied.
		const flags = db.createObjectStore('flags', { keyPath: ['deckId', 'questionId'] });
		flags.createIndex('by-deck', 'deckId');
		const accepted = db.createObjectStore('accepted', { keyPath: ['deckId', 'questionId', 'answer'] });
		accepted.createIndex('by-deck', 'deckId');
	}
}
