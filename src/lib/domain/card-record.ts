/**
 * The check of a stored card, and the small type guards storage and the backup format share. Kept apart
 * from backup.ts because storage checks every card it reads and writes, on every screen, while the backup
 * format (export, import, checksum) is only needed in settings: importing it from here keeps the backup
 * code out of the home screen's scripts. The rules themselves are in record-rules.ts.
 */
import type { CardRecord } from './records';
import { checkCardRecord, isObject, type Obj } from './record-rules';

export { isObject, type Obj };
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
export const optionalNum = (v: unknown) => v === undefined || isNum(v);

/** True when `v` is a card the app could have written (record-rules' checkCardRecord, without a time window). */
export function isCardRecord(v: unknown): v is CardRecord {
	try {
		checkCardRecord(v, 'card');
		return true;
	} catch {
		return false;
	}
}
