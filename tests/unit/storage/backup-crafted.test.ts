/**
 * Crafted and randomly mutated backups imported into a real (fake-indexeddb) store: a refused file leaves
 * every record as it was; an accepted one stores only records that pass the rules the app writes with.
 */
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../src/lib/domain/backup';
import { openProgress } from '../../../src/lib/storage';
import type { ProgressStore } from '../../../src/lib/storage/contract';
import type { BackupFile } from '../../../src/lib/domain/backup';
import { checkCardRecord, RECORD_LIMITS } from '../../../src/lib/domain/record-rules';
import { checkDeckRecord, checkQuizAttempt, checkReviewRecord } from '../../../src/lib/domain/progress-rules';
import { checkSettings, DEFAULT_SETTINGS } from '../../../src/lib/domain/settings';
import { checkAcceptedAnswer, checkQuestionFlag } from '../../../src/lib/domain/flags';
import { createRng, type Rng } from '../../../src/lib/domain/random';
import { CRAFTED, isRefused, KNOWN, NOW, realBackup, resign } from '../domain/backup-crafted-cases';
import { DECK_RECORD, IDBFactory, answer, makeAttempt } from './fixtures';

/** Every record as IndexedDB holds it, read past the store's own filters. */
function rawAll(factory: IDBFactory): Promise<Record<string, unknown[]>> {
	return new Promise((resolve, reject) => {
		const req = factory.open('on-bai');
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const db = req.result;
			const names = ['cards', 'reviews', 'attempts', 'decks', 'settings', 'flags', 'accepted'];
			const tx = db.transaction(names, 'readonly');
			const out: Record<string, unknown[]> = {};
			for (const name of names) {
				const r = tx.objectStore(name).getAll();
				r.onsuccess = () => (out[name] = r.result);
			}
			tx.oncomplete = () => {
				db.close();
				resolve(out);
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}

/** A phone with progress of its own and no settings saved, so an accepted file's settings are taken. */
async function phone(): Promise<{ store: ProgressStore; factory: IDBFactory }> {
	const factory = new IDBFactory();
	const store = await openProgress({ idbFactory: factory, now: () => NOW });
	await store.ensureDeck(DECK_RECORD);
	await answer(store, 'q1', NOW.getTime() - 3 * 86_400_000);
	await answer(store, 'q2', NOW.getTime() - 86_400_000, 1);
	await store.saveAttempt(makeAttempt('att-1', NOW.getTime() - 3600_000, ['q1', 'q2']));
	return { store, factory };
}

const WINDOW = { earliest: RECORD_LIMITS.earliest, latest: NOW.getTime() };

/** Throws when any stored record breaks a rule. */
function assertAllValid(db: Record<string, unknown[]>): void {
	db.cards!.forEach((c, i) => checkCardRecord(c, `cards[${i}]`, WINDOW));
	db.reviews!.forEach((r, i) => checkReviewRecord(r, `reviews[${i}]`, WINDOW));
	db.attempts!.forEach((a, i) => checkQuizAttempt(a, `attempts[${i}]`, WINDOW));
	db.decks!.forEach((d, i) => checkDeckRecord(d, `decks[${i}]`, WINDOW));
	db.settings!.forEach((s) => expect(checkSettings(s)).toEqual(s));
	db.flags!.forEach((f, i) => expect(checkQuestionFlag(f, `flags[${i}]`, WINDOW)).toEqual(f));
	db.accepted!.forEach((a, i) => expect(checkAcceptedAnswer(a, `accepted[${i}]`, WINDOW)).toEqual(a));
}

async function importInto(text: string) {
	const { store, factory } = await phone();
	const before = await rawAll(factory);
	const result = await store.importBackup(text, { questions: KNOWN }).then(
		(report) => ({ report, error: null }),
		(error: unknown) => ({ report: null, error })
	);
	return { ...result, before, after: await rawAll(factory) };
}

describe('crafted backups through the store', () => {
	for (const c of CRAFTED) {
		const e = c.expect;
		it(`${isRefused(e) ? 'refuses' : 'accepts'} ${c.name} and stores only valid records`, async () => {
			const text = await c.craft(JSON.parse(await realBackup()) as BackupFile);
			const { error, report, before, after } = await importInto(text);
			if (isRefused(e)) {
				expect(error).toBeInstanceOf(BackupError);
				expect((error as BackupError).code).toBe(e.code);
				expect(after).toEqual(before);
			} else {
				expect(error).toBeNull();
				expect(report?.reviewsAdded).toBeGreaterThan(0);
				assertAllValid(after);
			}
		});
	}

	it('keeps answers to unknown questions in the log, without a card, and counts them', async () => {
		const c = CRAFTED.find((x) => x.name.startsWith('answers to a question no deck asks'))!;
		const text = await c.craft(JSON.parse(await realBackup()) as BackupFile);
		const { report, after } = await importInto(text);
		expect(report?.unknownQuestions).toBe(1);
		const q = 'made-up:flashcard';
		expect(after.reviews!.filter((r) => (r as { questionId: string }).questionId === q)).toHaveLength(2);
		expect(after.cards!.some((x) => (x as { questionId: string }).questionId === q)).toBe(false);
	});

	it('drops unknown settings keys, so they cannot survive a reset', async () => {
		const c = CRAFTED.find((x) => x.name === 'unknown settings keys: dropped')!;
		const { after } = await importInto(await c.craft(JSON.parse(await realBackup()) as BackupFile));
		expect(after.settings).toEqual([{ ...DEFAULT_SETTINGS, dailyGoal: 30 }]);
	});
});

/** Values an adversary tries in place of a field. */
const NASTY: unknown[] = [
	-1,
	-1e11,
	1e300,
	0,
	0.5,
	7,
	Date.UTC(9999, 0, 1),
	'',
	'x',
	'wrong',
	'x'.repeat(5000),
	null,
	true,
	false,
	{},
	[],
	[1, 2],
	{ a: 1 },
	'2026-03-23'
];

/** Every [parent, key] of the data part, for picking a place to mutate. */
function places(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
	if (Array.isArray(value)) value.forEach((v, i) => (out.push([value, i]), places(v, out)));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			out.push([value as Record<string, unknown>, k]);
			places(v, out);
		}
	}
	return out;
}

function mutate(file: BackupFile, rng: Rng): void {
	const spots = places(file.data);
	for (let n = 1 + rng.int(3); n > 0; n--) {
		const [parent, key] = rng.pick(spots);
		const roll = rng.int(10);
		if (roll < 7) (parent as Record<string | number, unknown>)[key] = rng.pick(NASTY);
		else if (roll < 9 && !Array.isArray(parent)) delete parent[key as string];
		else if (!Array.isArray(parent)) parent[`extra${rng.int(5)}`] = rng.pick(NASTY);
	}
}

describe('property: a mutated real backup is refused with nothing changed, or stores only valid records', () => {
	it('holds for 300 seeded mutations', { timeout: 60_000 }, async () => {
		const rng = createRng('issue-9-mutations');
		const real = await realBackup();
		let refused = 0;
		let accepted = 0;
		for (let i = 0; i < 300; i++) {
			const file = JSON.parse(real) as BackupFile;
			mutate(file, rng);
			// Mostly signed again, as a deliberate edit would be; sometimes left, as a damaged file is.
			const text = rng.int(5) ? await resign(file) : JSON.stringify(file);
			const { error, before, after } = await importInto(text);
			if (error) {
				expect(error, `mutation ${i}`).toBeInstanceOf(BackupError);
				expect(after, `mutation ${i}`).toEqual(before);
				refused++;
			} else {
				assertAllValid(after);
				accepted++;
			}
		}
		// Both outcomes occur: the test is not vacuous.
		expect(refused).toBeGreaterThan(100);
		expect(accepted).toBeGreaterThan(5);
	});
});
