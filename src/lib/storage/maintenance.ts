/**
 * What only "check and repair", backup export and import need: FSRS replay, the backup format and its
 * checksum. The stores load this module on demand (`import('./maintenance')`), so none of it is in the
 * scripts of the home screen. Always loaded BEFORE a transaction opens: awaiting a module inside an
 * IndexedDB transaction would let it commit early.
 */
import { canonicalJson, type MergePlan } from '../domain/backup';
import type { ImportReport } from './contract';
import type { ReviewRecord } from '../domain/records';

export { buildBackup, parseBackup, planMerge, type BackupData } from '../domain/backup';
export { rebuildCard } from '../domain/scheduling';

/** True when two records hold the same data, whatever the order of their fields. */
export const sameCard = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Groups reviews by question id, each list in time order (the order FSRS replays them). */
export function groupByQuestion(reviews: ReviewRecord[]): Map<string, ReviewRecord[]> {
	const groups = new Map<string, ReviewRecord[]>();
	for (const r of reviews) {
		const list = groups.get(r.questionId);
		if (list) list.push(r);
		else groups.set(r.questionId, [r]);
	}
	for (const list of groups.values()) list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
	return groups;
}

/** What an import did, as the settings screen reports it: the same for the IndexedDB and memory stores. */
export function importReport(plan: MergePlan): ImportReport {
	return {
		reviewsAdded: plan.reviewsToAdd.length,
		reviewsSkipped: plan.reviewsSkipped,
		cardsUpdated: plan.rebuild.length + plan.cardsToAdd.length,
		attemptsAdded: plan.attemptsToAdd.length,
		attemptsUpdated: plan.attemptsToUpdate.length,
		decksAdded: plan.decksToAdd.length,
		settingsRestored: plan.settings !== null
	};
}
