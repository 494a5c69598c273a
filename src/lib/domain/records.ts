/**
 * The records of a learner's progress: card states, the append-only review log, quiz attempts and decks.
 * Domain concepts, shared by scheduling, stats and backup; storage keeps them and imports them from here.
 * Dates are epoch milliseconds so records survive structured clone, JSON backup and merges alike.
 */
import type { QuestionType, Topic } from './types';

/** FSRS rating, as ts-fsrs numbers it: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Rating = 1 | 2 | 3 | 4;

/** FSRS card state, as ts-fsrs numbers it: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type CardPhase = 0 | 1 | 2 | 3;

/** How an automatic grader judged an answer. */
export type Grade = 'correct' | 'correct-no-diacritics' | 'near-miss' | 'wrong';

export type StudyMode = 'flashcards' | 'quiz' | 'learn' | 'match';

/** Scheduling state of one question, keyed by question id (ids are stable across bank regeneration). */
export interface CardRecord {
	questionId: string;
	deckId: string;
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: CardPhase;
	lastReview?: number;
}

/** One answer, appended and never changed: the source of truth from which card state can be rebuilt. */
export interface ReviewRecord {
	/** Unique: `${at}-${questionId}-${random}`; merges on import use it to skip duplicates. */
	id: string;
	questionId: string;
	deckId: string;
	mode: StudyMode;
	/** What the learner answered, as JSON-safe data (text, chosen options, pairs, or null for flashcards). */
	given: unknown;
	grade?: Grade;
	rating: Rating;
	correct: boolean;
	/** Milliseconds the learner took. */
	ms: number;
	at: number;
	/** Set when the answer was given in a quiz. */
	attemptId?: string;
	/** Topic and type copied at answer time, so stats work even after the question leaves the bank. */
	topic?: Topic;
	type?: QuestionType;
}

export interface QuizSettings {
	length: number | 'all';
	topics: Topic[];
	types: QuestionType[];
	/** Minutes, or null for no limit. */
	timeLimit: number | null;
}

export interface QuizAnswer {
	questionId: string;
	given: unknown;
	grade: Grade;
	correct: boolean;
	/** Set when the learner overruled the automatic grade ("I was right"). */
	overruled?: boolean;
	ms: number;
	at: number;
}

export interface QuizAttempt {
	id: string;
	deckId: string;
	settings: QuizSettings;
	/** Question ids in the order asked. */
	questionIds: string[];
	/** Indexed like questionIds; missing entries are not answered yet. */
	answers: (QuizAnswer | null)[];
	startedAt: number;
	finishedAt?: number;
	/** Correct answers / questions, set when finished. */
	score?: number;
}

export interface DeckRecord {
	id: string;
	title: string;
	source: string;
	/** 'builtin' for the shipped deck; imported decks keep their whole bank here. */
	kind: 'builtin' | 'imported';
	createdAt: number;
	/** Imported decks only: the generated questions (shape of domain Bank). */
	bank?: unknown;
	/** Imported decks only: the cleaned text the questions quote, for the article reader. */
	text?: string;
	/**
	 * Imported decks only: the kept facts the bank was generated from (shape of domain FactsFile), for the deck
	 * file and re-review. Decks filed before it was kept have none.
	 */
	facts?: unknown;
}

/** Why a learner reported a question: its answer is wrong, it can be read two ways, a typo, or something else. */
export type FlagReason = 'wrong-answer' | 'ambiguous' | 'typo' | 'other';

/**
 * A question the learner reported ("Báo câu hỏi sai"): left out of their sessions until restored. Keyed by
 * deck and question, so the same id in two decks is two flags.
 */
export interface QuestionFlag {
	deckId: string;
	questionId: string;
	reason: FlagReason;
	/** The learner's own words, NFC, at most RECORD_LIMITS.flagComment characters; absent when none. */
	comment?: string;
	at: number;
}

/**
 * A typed answer the learner overruled as right ("Tính là đúng"), remembered for that question on this
 * phone: the same answer, once folded, is graded right from then on. `answer` is as typed (NFC, trimmed).
 */
export interface AcceptedAnswer {
	deckId: string;
	questionId: string;
	answer: string;
	at: number;
}

/** What the browser says of the phone's storage, for the settings screen. */
export interface StorageInfo {
	/** True when the browser granted persistent storage (navigator.storage.persisted()). */
	persisted: boolean;
	usage?: number;
	quota?: number;
}
