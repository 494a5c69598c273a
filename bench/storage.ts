/**
 * Bench section: progress storage. Times `recordReview` (review + card in one transaction, as every answer
 * is written) through fake-indexeddb in Node, the same code path the phone runs against real IndexedDB,
 * plus the export and the merge-import of the resulting backup. fake-indexeddb is an in-memory JS
 * implementation: the figures show the store's own overhead, not a phone's disk.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { buildBackup } from '../src/lib/domain/backup';
import { newCard, review } from '../src/lib/domain/scheduling';
import { openProgress } from '../src/lib/storage';
import type { Rating, ReviewRecord } from '../src/lib/domain/records';

const ANSWERS = 500;
const BIG = 10_000;
const QUESTIONS = 120;
const DECK = 'bench-deck';
// In the past, with all the bench writes (up to 90 days later): a backup dated after the clock is refused.
const START = Date.UTC(2026, 0, 1, 2, 0, 0);
/** A backup only brings progress of decks the file or the phone has: every store here files this one first. */
const DECK_RECORD = {
	id: DECK,
	title: 'Bench',
	source: 'bench',
	kind: 'builtin',
	createdAt: START
} as const;

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function run() {
	const store = await openProgress({ idbFactory: new IDBFactory(), name: 'bench' });
	if (!store.persistent) throw new Error(`bench: storage fell back to memory (${store.failure})`);
	await store.ensureDeck(DECK_RECORD);
	const cards = new Map<string, ReturnType<typeof newCard>>();
	const times: number[] = [];
	for (let i = 0; i < ANSWERS; i++) {
		const questionId = `fact-${i % QUESTIONS}:choice`;
		const at = START + i * 45_000;
		const rating = (((i * 7) % 4) + 1) as Rating;
		const card = review(
			cards.get(questionId) ?? newCard(questionId, DECK, new Date(at)),
			rating,
			new Date(at),
			{ fuzz: true }
		);
		const record: ReviewRecord = {
			id: `${at}-${questionId}-${i}`,
			questionId,
			deckId: DECK,
			mode: 'quiz',
			given: 'x',
			rating,
			correct: rating > 1,
			ms: 3000,
			at
		};
		const t = performance.now();
		await store.recordReview(record, card);
		times.push(performance.now() - t);
		cards.set(questionId, card);
	}

	let t = performance.now();
	const backup = await store.exportBackup(new Date(START + 30 * 86_400_000), 'bench');
	const exportMs = performance.now() - t;

	const target = await openProgress({ idbFactory: new IDBFactory(), name: 'bench-import' });
	await target.ensureDeck(DECK_RECORD);
	t = performance.now();
	const report = await target.importBackup(backup);
	const importMs = performance.now() - t;
	if (report.reviewsAdded !== ANSWERS)
		throw new Error(`bench: import added ${report.reviewsAdded} of ${ANSWERS}`);
	store.close();
	target.close();

	// A learner's year: 10,000 answers over 600 questions, restored onto a new phone, then checked.
	const big = Array.from({ length: BIG }, (_, i): ReviewRecord => {
		const questionId = `fact-${i % 600}:choice`;
		const at = START + i * 600_000;
		return {
			id: `${at}-${questionId}-b${i}`,
			questionId,
			deckId: DECK,
			mode: 'quiz',
			given: 'x',
			rating: ((i % 4) + 1) as Rating,
			correct: i % 4 > 0,
			ms: 3000,
			at
		};
	});
	const bigText = await buildBackup(
		{ cards: [], reviews: big, attempts: [], decks: [], settings: null },
		new Date(START),
		'bench'
	);
	const phone = await openProgress({ idbFactory: new IDBFactory(), name: 'bench-big' });
	await phone.ensureDeck(DECK_RECORD);
	t = performance.now();
	const bigReport = await phone.importBackup(bigText);
	const bigImportMs = performance.now() - t;
	if (bigReport.reviewsAdded !== BIG)
		throw new Error(`bench: big import added ${bigReport.reviewsAdded} of ${BIG}`);
	t = performance.now();
	await phone.repairCards(DECK, new Date(START + 90 * 86_400_000));
	const repairMs = performance.now() - t;
	phone.close();

	return [
		{
			name: `recordReview, median of ${ANSWERS} answers (fake-indexeddb, Node)`,
			value: median(times),
			unit: 'ms',
			target: '< 5 ms'
		},
		{
			name: `recordReview, 95th percentile (fake-indexeddb, Node)`,
			value: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!,
			unit: 'ms'
		},
		{ name: `exportBackup of ${ANSWERS} reviews (fake-indexeddb)`, value: exportMs, unit: 'ms' },
		{
			name: `importBackup of ${BIG.toLocaleString('en-GB')} reviews (${(bigText.length / 1e6).toFixed(1)} MB) into an empty store (fake-indexeddb)`,
			value: bigImportMs,
			unit: 'ms'
		},
		{
			name: `repairCards over ${BIG.toLocaleString('en-GB')} reviews, 600 cards (fake-indexeddb)`,
			value: repairMs,
			unit: 'ms'
		},
		{
			name: `importBackup of ${ANSWERS} reviews into an empty store, with card rebuild (fake-indexeddb)`,
			value: importMs,
			unit: 'ms'
		}
	];
}
