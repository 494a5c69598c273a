/**
 * The typed shape of the "on-bai" IndexedDB database. Store and index names are part of the on-disk
 * format: add new ones in a new migration, never rename.
 */
import type { DBSchema } from 'idb';
import type {
	AcceptedAnswer,
	CardRecord,
	DeckRecord,
	QuestionFlag,
	QuizAttempt,
	ReviewRecord
} from '../domain/records';
import type { Settings } from '../domain/settings';

export const DB_NAME = 'on-bai';

/** The single key of the settings store. */
export const SETTINGS_KEY = 'settings';

export interface OnBaiDB extends DBSchema {
	cards: {
		key: string;
		value: CardRecord;
		indexes: { 'by-deck': string; 'by-due': number };
	};
	reviews: {
		key: string;
		value: ReviewRecord;
		/** 'by-at' arrived in version 2, 'by-deck-at' in version 3. */
		indexes: { 'by-question': string; 'by-deck': string; 'by-at': number; 'by-deck-at': [string, number] };
	};
	attempts: {
		key: string;
		value: QuizAttempt;
		/** 'by-deck-started' arrived in version 2. */
		indexes: { 'by-deck': string; 'by-deck-started': [string, number] };
	};
	decks: {
		key: string;
		value: DeckRecord;
	};
	settings: {
		key: string;
		value: Settings;
	};
	/** Version 4: reported questions, one per deck and question. */
	flags: {
		key: [string, string];
		value: QuestionFlag;
		indexes: { 'by-deck': string };
	};
	/** Version 4: typed answers overruled as right, one per deck, question and answer text. */
	accepted: {
		key: [string, string, string];
		value: AcceptedAnswer;
		indexes: { 'by-deck': string };
	};
}

/** Every store, for transactions that must see the whole database (backup, import, reset). */
export const ALL_STORES = ['cards', 'reviews', 'attempts', 'decks', 'settings', 'flags', 'accepted'] as const;
