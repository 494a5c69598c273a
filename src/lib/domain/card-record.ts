/**
 * The check of a stored card as a yes/no, for storage reading cards on every screen (a damaged card must
 * not crash the study screen). Kept apart from backup.ts so that the backup format stays out of the home
 * screen's scripts. The rules themselves are in record-rules.ts.
 */
import type { CardRecord } from './records';
import { checkCardRecord } from './record-rules';

/** True when `v` is a card the app could have written (record-rules' checkCardRecord, without a time window). */
export function isCardRecord(v: unknown): v is CardRecord {
	try {
		checkCardRecord(v, 'card');
		return true;
	} catch {
		return false;
	}
}
