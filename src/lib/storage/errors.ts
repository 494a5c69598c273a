/**
 * Typed errors of the storage module, so the UI can tell "the phone is full" from "a bug" and say so in
 * the learner's language. BackupError lives with the pure backup format (domain/backup-error.ts).
 */

/** The browser refused a write for lack of space (QuotaExceededError). What was saved before is intact. */
export class StorageFullError extends Error {
	constructor(cause?: unknown) {
		super(
			'Storage is full: the browser refused to save more data. Earlier progress is intact; free some space on the device and try again.',
			{ cause }
		);
		this.name = 'StorageFullError';
	}
}

/** This tab's connection was closed because a newer version of the app opened the database elsewhere. */
export class StorageClosedError extends Error {
	constructor() {
		super('The progress database was closed because the app was updated in another tab. Reload the page.');
		this.name = 'StorageClosedError';
	}
}

/** A caller passed records that do not fit together (a card for another question, an unknown attempt, ...). */
export class StorageInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StorageInputError';
	}
}

/** What the learner is told about a failed write; the UI words it (i18n/write.ts). */
export type WriteFailure = 'full' | 'closed' | 'conflict' | 'failed';

/** Sorts any error of a write into what the learner is told; by name, so it works across module copies. */
export function writeFailure(e: unknown): WriteFailure {
	const name = (toStorageError(e) as { name?: string } | null)?.name;
	if (name === 'StorageFullError') return 'full';
	if (name === 'StorageClosedError') return 'closed';
	if (name === 'AttemptConflictError') return 'conflict';
	return 'failed';
}

/** Turns the browser's QuotaExceededError (however wrapped) into StorageFullError; passes others through. */
export function toStorageError(e: unknown): unknown {
	if (e instanceof StorageFullError) return e;
	const name = (e as { name?: string } | null)?.name;
	const inner = (e as { inner?: { name?: string }; cause?: { name?: string } } | null)?.cause?.name;
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return new StorageFullError(e);
	if (name === 'DataCloneError') {
		// The usual cause in this app: a Svelte $state proxy handed over instead of $state.snapshot(...).
		return new StorageInputError(
			`A record could not be stored because it is not plain data (DataCloneError): ${(e as Error).message}`
		);
	}
	return e;
}
