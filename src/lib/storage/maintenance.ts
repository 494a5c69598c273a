/**
 * What only "check and repair", backup export and import need: FSRS replay, the backup format and its
 * checksum. The stores load this module on demand (`import('./maintenance')`), so none of it is in the
 * scripts of the home screen. Always loaded BEFORE a transaction opens: awaiting a module inside an
 * IndexedDB transaction would let it commit early.
 */
import { BackupError, canonicalJson, type MergePlan } from '../domain/backup';
import { bankQuestionIds } from '../domain/progress-rules';
import type { ImportReport } from './contract';
import type { DeckRecord, ReviewRecord } from '../domain/records';
import { StorageClosedError, StorageFullError } from './errors';

export { buildBackup, parseBackup, planMerge, type BackupData, type CheckedBackup } from '../domain/backup';
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
		settingsRestored: plan.settings !== null,
		unknownQuestions: plan.unknownQuestions.length,
		flagsAdded: plan.flagsToAdd.length,
		acceptedAdded: plan.acceptedToAdd.length
	};
}

/** The questions each deck asks: those the app ships (`given`) and those of the banks the phone holds. */
export function knownQuestions(
	decks: readonly DeckRecord[],
	given?: ReadonlyMap<string, ReadonlySet<string>>
): Map<string, ReadonlySet<string>> {
	const out = new Map(given);
	for (const deck of decks) {
		const ids = bankQuestionIds(deck);
		if (ids) out.set(deck.id, new Set([...(out.get(deck.id) ?? []), ...ids]));
	}
	return out;
}

/**
 * An error while merging a checked file: a full disk or a closed connection is said as such; anything else
 * is a file this app cannot merge, said as a refused backup (the transaction rolled back, nothing changed),
 * never as a raw error.
 */
export function importFailure(e: unknown): unknown {
	if (e instanceof BackupError || e instanceof StorageFullError || e instanceof StorageClosedError) return e;
	return new BackupError('failed', `The backup could not be merged: ${(e as Error)?.message ?? String(e)}`);
}
