/**
 * The IndexedDB side of "check and repair", backup export and import. Loaded with the FSRS scheduler and
 * the backup format on demand (`import('./idb-maintenance')` in idb-store.ts), so the home screen does not
 * carry it. The store loads this module BEFORE it opens the transaction these functions run in: a
 * transaction commits as soon as no request is pending, so a module load awaited inside it would end it.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { isCardRecord } from '../domain/card-record';
import { retention } from './checks';
import type { ImportReport } from './contract';
import {
	buildBackup,
	groupByQuestion,
	importReport,
	planMerge,
	rebuildCard,
	sameCard,
	type BackupData,
	type CheckedBackup
} from './maintenance';
import { planRepair, type RepairReport } from '../domain/repair';
import { all } from './requests';
import { ALL_STORES, SETTINGS_KEY, type OnBaiDB } from './schema';

export { importFailure, knownQuestions, parseBackup } from './maintenance';

type AllStores = IDBPTransaction<OnBaiDB, (typeof ALL_STORES)[number][], 'readwrite'>;
type RepairStores = IDBPTransaction<OnBaiDB, ('reviews' | 'cards' | 'settings')[], 'readwrite'>;

/** Above this many cards to rebuild, an import reads the whole review log once instead of per question. */
const REBUILD_SCAN_THRESHOLD = 40;

/** Rebuilds every card of the deck from its review log inside `tx`; returns how many cards were rewritten. */
export async function repairDeck(tx: RepairStores, deckId: string, now: Date): Promise<number> {
	const cards = tx.objectStore('cards');
	const opts = retention(await tx.objectStore('settings').get(SETTINGS_KEY));
	const groups = groupByQuestion(await tx.objectStore('reviews').index('by-deck').getAll(deckId));
	let rewritten = 0;
	for (const [questionId, reviews] of groups) {
		const rebuilt = rebuildCard(questionId, deckId, reviews, now, opts);
		if (!sameCard(await cards.get(questionId), rebuilt)) {
			await cards.put(rebuilt);
			rewritten++;
		}
	}
	// Cards never answered have nothing to replay: only a damaged one is reset to new.
	for (const card of await cards.index('by-deck').getAll(deckId)) {
		if (!groups.has(card.questionId) && !isCardRecord(card as unknown)) {
			await cards.put(rebuildCard(card.questionId, deckId, [], now, opts));
			rewritten++;
		}
	}
	return rewritten;
}

/** "Check and repair" of the whole database inside `tx` (domain/repair.ts plans it). */
export async function checkAndRepairAll(
	tx: AllStores,
	now: Date,
	questions?: ReadonlyMap<string, ReadonlySet<string>>
): Promise<RepairReport> {
	const [cards, reviews, attempts, deckIds, settings, flags, accepted] = await Promise.all([
		tx.objectStore('cards').getAll(),
		tx.objectStore('reviews').getAll(),
		tx.objectStore('attempts').getAll(),
		tx.objectStore('decks').getAllKeys(),
		tx.objectStore('settings').get(SETTINGS_KEY),
		tx.objectStore('flags').getAll(),
		tx.objectStore('accepted').getAll()
	]);
	const plan = planRepair(
		{ cards, reviews, attempts, deckIds, settings, flags, accepted },
		{ now, questions }
	);
	// The plan's keys are the records' own key fields, as the stores' key paths read them.
	const flagKey = (k: unknown[]) => k as [string, string];
	const acceptedKey = (k: unknown[]) => k as [string, string, string];
	const { settings: fixed } = plan;
	await all([
		...plan.deleteReviews.map((id) => () => tx.objectStore('reviews').delete(id)),
		...plan.putReviews.map((r) => () => tx.objectStore('reviews').put(r)),
		...plan.deleteCards.map((id) => () => tx.objectStore('cards').delete(id)),
		...plan.putCards.map((c) => () => tx.objectStore('cards').put(c)),
		...plan.deleteAttempts.map((id) => () => tx.objectStore('attempts').delete(id)),
		...plan.putAttempts.map((a) => () => tx.objectStore('attempts').put(a)),
		// Deletes before puts: a record fixed under another key may take the key of one deleted as its twin.
		...plan.deleteFlags.map((k) => () => tx.objectStore('flags').delete(flagKey(k))),
		...plan.putFlags.map((f) => () => tx.objectStore('flags').put(f)),
		...plan.deleteAccepted.map((k) => () => tx.objectStore('accepted').delete(acceptedKey(k))),
		...plan.putAccepted.map((a) => () => tx.objectStore('accepted').put(a)),
		...(fixed ? [() => tx.objectStore('settings').put(fixed, SETTINGS_KEY)] : [])
	]);
	return plan.report;
}

/** The whole progress as a backup file's text, read in one transaction so it is a consistent snapshot. */
export async function exportFrom(db: IDBPDatabase<OnBaiDB>, now: Date, appVersion: string): Promise<string> {
	const tx = db.transaction([...ALL_STORES], 'readonly');
	const [cards, reviews, attempts, decks, settings, flags, accepted] = await Promise.all([
		tx.objectStore('cards').getAll(),
		tx.objectStore('reviews').getAll(),
		tx.objectStore('attempts').getAll(),
		tx.objectStore('decks').getAll(),
		tx.objectStore('settings').get(SETTINGS_KEY),
		tx.objectStore('flags').getAll(),
		tx.objectStore('accepted').getAll()
	]);
	const data: BackupData = { cards, reviews, attempts, decks, settings: settings ?? null, flags, accepted };
	return buildBackup(data, now, appVersion);
}

/** Merges a checked backup (parseBackup's result) by id inside `tx`, then rebuilds the cards it touched. */
export async function mergeBackup(tx: AllStores, incoming: CheckedBackup, now: Date): Promise<ImportReport> {
	const reviews = tx.objectStore('reviews');
	const cards = tx.objectStore('cards');
	const attempts = tx.objectStore('attempts');
	const [reviewIds, cardIds, attemptList, deckIds, settings, flags, accepted] = await Promise.all([
		reviews.getAllKeys(),
		cards.getAllKeys(),
		attempts.getAll(),
		tx.objectStore('decks').getAllKeys(),
		tx.objectStore('settings').get(SETTINGS_KEY),
		tx.objectStore('flags').getAll(),
		tx.objectStore('accepted').getAll()
	]);
	const plan = planMerge(
		{
			reviewIds: new Set(reviewIds),
			cardIds: new Set(cardIds),
			attempts: new Map(attemptList.map((a) => [a.id, a])),
			deckIds: new Set(deckIds),
			hasSettings: settings !== undefined,
			flags,
			accepted
		},
		incoming
	);
	const { settings: restored } = plan;
	await all([
		...plan.reviewsToAdd.map((r) => () => reviews.put(r)),
		...[...plan.attemptsToAdd, ...plan.attemptsToUpdate].map((a) => () => attempts.put(a)),
		...plan.decksToAdd.map((d) => () => tx.objectStore('decks').put(d)),
		...plan.cardsToAdd.map((c) => () => cards.put(c)),
		...plan.flagsToAdd.map((f) => () => tx.objectStore('flags').put(f)),
		...plan.acceptedToAdd.map((a) => () => tx.objectStore('accepted').put(a)),
		...(restored ? [() => tx.objectStore('settings').put(restored, SETTINGS_KEY)] : [])
	]);
	const opts = retention(settings ?? plan.settings ?? undefined);
	// Few questions touched: read their logs by index. Many (a restore onto a new phone): one scan of
	// the whole log is far cheaper than hundreds of index reads.
	const logs =
		plan.rebuild.length > REBUILD_SCAN_THRESHOLD
			? groupByQuestion(await reviews.getAll())
			: new Map(
					await Promise.all(
						plan.rebuild.map(async (id) => [id, await reviews.index('by-question').getAll(id)] as const)
					)
				);
	await all(
		plan.rebuild.map((questionId) => () => {
			const log = groupByQuestion(logs.get(questionId) ?? []).get(questionId) ?? [];
			const deckId = log.at(-1)?.deckId;
			return deckId ? cards.put(rebuildCard(questionId, deckId, log, now, opts)) : Promise.resolve();
		})
	);
	return importReport(plan);
}
