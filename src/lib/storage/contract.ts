/**
 * What the rest of the app may ask of progress storage. src/lib/storage/index.ts exports `openProgress`,
 * which returns an IndexedDB-backed store, or an in-memory one (with `persistent: false`) when IndexedDB
 * is unavailable or refused, so the app still works for the session.
 */
import type {
	AcceptedAnswer,
	CardRecord,
	DeckRecord,
	QuestionFlag,
	QuizAnswer,
	QuizAttempt,
	ReviewRecord
} from '../domain/records';
import type { ImportReport } from '../domain/backup';
import type { RepairReport } from '../domain/repair';
import type { StorageInfo } from '../domain/records';
import type { Settings } from '../domain/settings';

export type { ImportReport, RepairReport, StorageInfo };

/** The answer to a quiz question, written with its review in one transaction. */
export interface QuizProgress {
	attemptId: string;
	index: number;
	answer: QuizAnswer;
}

export interface ImportOptions {
	/**
	 * The questions of each deck the app ships (deck id -> question ids), so that answers to questions no
	 * deck asks are kept aside (in the log, without a card) and counted in the report. Imported decks bring
	 * their own bank. Without it, the built-in deck's questions are not checked one by one.
	 */
	questions?: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface ProgressStore {
	/** False for the in-memory fallback: the UI shows a persistent "progress will not be saved" notice. */
	readonly persistent: boolean;
	/** Why storage is not persistent, for the notice: "unavailable", "refused", "blocked" or "outdated". */
	readonly failure?: string;

	getSettings(): Promise<Settings>;
	/**
	 * Applies a change to the settings AS STORED, in one transaction, and resolves with them as stored: a tab
	 * writes only the fields it changed, never its older copy of the rest. A key set to undefined is removed.
	 * Writes nothing when nothing changes; after a write, the other tabs hear of it (onOtherTabChange).
	 * Throws SettingsError when the result is out of bounds, and changes nothing.
	 */
	saveSettings(patch: Partial<Settings>): Promise<Settings>;

	/**
	 * Adds the deck, or refreshes it (title, source, bank) keeping its first `createdAt`: never a second copy.
	 * Writes nothing when the deck is stored as it is (start-up calls this on every visit, even on a full disk).
	 */
	ensureDeck(deck: DeckRecord): Promise<void>;
	listDecks(): Promise<DeckRecord[]>;
	getDeck(id: string): Promise<DeckRecord | undefined>;
	/**
	 * Files an imported deck again after a re-review (its new bank, text, facts, title), keeping its first
	 * `createdAt`, and deletes the cards, reports and accepted answers of the questions its new bank no longer
	 * asks, in ONE transaction: questions whose ids did not change keep their progress. The review log stays
	 * whole (the work was done; every figure counts only the bank's questions, as after a regenerated built-in
	 * bank). Returns how many cards were deleted.
	 */
	replaceDeck(deck: DeckRecord): Promise<number>;
	/**
	 * Deletes the deck with its cards, reviews, quiz attempts, reports and accepted answers in ONE
	 * transaction: nothing of it is left orphaned.
	 */
	deleteDeck(id: string): Promise<void>;

	getCards(deckId: string): Promise<CardRecord[]>;
	/**
	 * Appends the review and writes the card's new state (and the quiz answer, if any) in ONE transaction:
	 * either all of it is saved or none of it. Resolves, once committed, with the card as stored: the one
	 * given, or the card rebuilt from the log when another tab answered the same question meanwhile.
	 * The quiz answer is written into the attempt as stored (read and written in the same transaction):
	 * AttemptConflictError, and nothing written, when that attempt is finished or the question is answered.
	 */
	recordReview(review: ReviewRecord, card: CardRecord, quiz?: QuizProgress): Promise<CardRecord>;
	/**
	 * Undo of the last flashcard grade: deletes that review only, and puts back the card as it was before it
	 * (`previous`, or deletes the card when it had none) in ONE transaction, so the log and the card still
	 * agree and "check and repair" cannot bring the undone grade back. When the question has a later review
	 * (another tab graded it since), `previous` is stale and the card is rebuilt from the log instead.
	 * Resolves with the card as stored (null: none). Both stores implement it.
	 */
	undoReview?(reviewId: string, previous: CardRecord | null): Promise<CardRecord | null>;
	/** Reviews of one deck (or all), oldest first; with `since`, only those at or after it (ms). */
	getReviews(deckId?: string, since?: number): Promise<ReviewRecord[]>;
	/** Every review of these questions of the deck, oldest first (their history before today, say). */
	getReviewsOf(deckId: string, questionIds: readonly string[]): Promise<ReviewRecord[]>;
	/** How many reviews of the deck fall in [from, to), without reading them. */
	countReviews(deckId: string, from: number, to: number): Promise<number>;

	/**
	 * Writes a whole attempt (a new one, or one finished or ended early). Throws AttemptConflictError, and
	 * writes nothing, when the stored attempt is finished or holds an answer this copy lacks: another tab
	 * moved on, and this tab must show the stored attempt (`error.stored`) instead of writing over it.
	 */
	saveAttempt(attempt: QuizAttempt): Promise<void>;
	getAttempt(id: string): Promise<QuizAttempt | undefined>;
	/** The newest attempt of the deck without `finishedAt`, to offer "resume". */
	getUnfinishedAttempt(deckId: string): Promise<QuizAttempt | undefined>;
	listAttempts(deckId: string): Promise<QuizAttempt[]>;

	/** The questions of the deck the learner reported ("Báo câu hỏi sai"). */
	getFlags(deckId: string): Promise<QuestionFlag[]>;
	/** Files a report (checked with domain/flags.ts), replacing an earlier one of the same question. */
	flagQuestion(flag: QuestionFlag): Promise<void>;
	/** Takes a report back: the question is studied again. */
	unflagQuestion(deckId: string, questionId: string): Promise<void>;
	/** The typed answers of the deck the learner overruled as right ("Tính là đúng"). */
	getAcceptedAnswers(deckId: string): Promise<AcceptedAnswer[]>;
	/** Remembers an overruled answer (checked); the same text twice is kept once. */
	acceptAnswer(answer: AcceptedAnswer): Promise<void>;
	/** Forgets a remembered answer (settings): the same text is graded as any other again. */
	forgetAcceptedAnswer(deckId: string, questionId: string, answer: string): Promise<void>;

	/** Rebuilds every card of the deck from the review log; returns cards rewritten. */
	repairCards(deckId: string, now: Date): Promise<number>;
	/**
	 * "Check and repair" over the whole database, in one transaction: answers that break the record rules
	 * fixed or removed, cards rebuilt from the log (or reset, or removed when orphaned), quizzes made to
	 * agree with the log, settings out of range reset. Returns what it did.
	 */
	checkAndRepair(now: Date, options?: ImportOptions): Promise<RepairReport>;
	/** Deletes cards, reviews and attempts of one deck, or of all decks. Settings are kept. */
	resetProgress(deckId?: string): Promise<void>;

	/** The whole progress as a backup file's JSON text. */
	exportBackup(now: Date, appVersion: string): Promise<string>;
	/**
	 * Merges a backup by id. Throws BackupError (with a message naming the problem) and changes nothing on
	 * bad input; every record is checked with the rules the app writes with before anything is written.
	 */
	importBackup(text: string, options?: ImportOptions): Promise<ImportReport>;

	storageInfo(): Promise<StorageInfo>;
	/** Asks the browser for persistent storage; returns whether it is granted. */
	requestPersistence(): Promise<boolean>;
	close(): void;
}
