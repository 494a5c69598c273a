/**
 * The shape check of a stored card and the small type guards it shares with the backup format. Kept apart
 * from backup.ts because storage checks every card it reads and writes, on every screen, while the backup
 * format (export, import, checksum) is only needed in settings: importing it from here keeps the backup
 * code out of the home screen's scripts.
 */
import type { CardRecord } from './records';

export type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
export const optionalNum = (v: unknown) => v === undefined || isNum(v);

/** Checks one card record. Used by the backup format and by the storage module's checks of stored cards. */
export function isCardRecord(v: unknown): v is CardRecord {
	if (!isObject(v)) return false;
	return (
		isStr(v.questionId) &&
		isStr(v.deckId) &&
		[
			v.due,
			v.stability,
			v.difficulty,
			v.elapsedDays,
			v.scheduledDays,
			v.learningSteps,
			v.reps,
			v.lapses
		].every(isNum) &&
		[0, 1, 2, 3].includes(v.state as number) &&
		optionalNum(v.lastReview)
	);
}
