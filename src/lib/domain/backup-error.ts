/**
 * The error of a refused backup file, apart from the backup format itself: storage's error module and the
 * UI's messages need only this, and importing it from backup.ts would carry the whole format (parser,
 * record rules, checksum) into the home screen's scripts.
 */
import type { RuleProblem } from './record-rules';

/**
 * What went wrong with a backup file. The UI turns the code (and, for 'invalid', the field and problem)
 * into a sentence in the learner's language; `message` (English) names the exact problem for logs and tests.
 */
export type BackupErrorCode =
	| 'not-json'
	| 'foreign'
	| 'newer-format'
	| 'damaged'
	| 'checksum'
	| 'too-large'
	| 'too-deep'
	| 'forbidden-key'
	| 'invalid'
	| 'failed';

/** What is wrong with one field of a file: a record rule's problem, or a setting out of its bounds. */
export type BackupProblem = RuleProblem | 'setting' | 'in-future';

export class BackupError extends Error {
	readonly code: BackupErrorCode;
	/** Where in the file, as `data.reviews[3].ms` ('invalid', 'forbidden-key' and 'too-deep'). */
	readonly field?: string;
	readonly problem?: BackupProblem;
	constructor(
		code: BackupErrorCode,
		message: string,
		detail: { field?: string; problem?: BackupProblem } = {}
	) {
		super(message);
		this.name = 'BackupError';
		this.code = code;
		this.field = detail.field;
		this.problem = detail.problem;
	}
}
