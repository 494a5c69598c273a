/**
 * The refusal of a write from a stale copy, apart from errors.ts: only the quiz and the write checks need it,
 * and errors.ts is on the home screen. Not re-exported by index.ts, for the same reason.
 */
import type { QuizAttempt } from '../domain/records';

/**
 * The write was made from a stale copy of a quiz attempt: another tab answered or finished it meanwhile.
 * Nothing was written; `stored` is the attempt as it is on disk, for the tab to show instead of its copy.
 */
export class AttemptConflictError extends Error {
	constructor(
		readonly stored: QuizAttempt,
		why: string
	) {
		super(`Quiz attempt "${stored.id}" changed in another tab (${why}); nothing was written`);
		this.name = 'AttemptConflictError';
	}
}
