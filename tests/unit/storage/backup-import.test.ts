import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../src/lib/domain/backup';
import { DEFAULT_SETTINGS } from '../../../src/lib/domain/settings';
import type { ProgressStore } from '../../../src/lib/storage/contract';
import { DAY, DECK, MIN, T0, answer, freshStore, makeAttempt, rebuildCard } from './fixtures';

const NOW = new Date(T0 + 20 * DAY);

/** Everything a learner could lose, read back for comparing before and after. */
async function snapshot(store: ProgressStore) {
	return {
		cards: await store.getCards(DECK),
		reviews: await store.getReviews(),
		attempts: await store.listAttempts(DECK),
		decks: await store.listDecks(),
		settings: await store.getSettings()
	};
}

async function filledStore() {
	const { store } = await freshStore();
	await store.saveSettings({ ...DEFAULT_SETTINGS, lang: 'en', dailyGoal: 15 });
	await answer(store, 'q1', T0);
	await answer(store, 'q1', T0 + DAY, 2);
	await answer(store, 'q2', T0 + MIN, 1);
	await store.saveAttempt(makeAttempt('att-1', T0, ['q1', 'q2']));
	return store;
}

describe('export and import a backup', () => {
	it('round-trips into an empty phone: same cards, reviews, attempts, decks and settings', async () => {
		const source = await filledStore();
		const text = await source.exportBackup(NOW, '0.1.0');
		const file = JSON.parse(text);
		expect(file).toMatchObject({
			format: 'on-bai-backup',
			formatVersion: 1,
			appVersion: '0.1.0',
			exportedAt: NOW.toISOString()
		});
		expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);

		const { store: target } = await freshStore();
		const report = await target.importBackup(text);
		expect(report).toEqual({
			reviewsAdded: 3,
			reviewsSkipped: 0,
			cardsUpdated: 2,
			attemptsAdded: 1,
			attemptsUpdated: 0,
			decksAdded: 0,
			settingsRestored: true,
			unknownQuestions: 0,
			flagsAdded: 0,
			acceptedAdded: 0
		});
		expect(await snapshot(target)).toEqual(await snapshot(source));
	});

	it('importing the same file twice adds nothing the second time', async () => {
		const source = await filledStore();
		const text = await source.exportBackup(NOW, '0.1.0');
		const { store: target } = await freshStore();
		await target.importBackup(text);
		const once = await snapshot(target);
		const again = await target.importBackup(text);
		expect(again).toMatchObject({
			reviewsAdded: 0,
			reviewsSkipped: 3,
			cardsUpdated: 0,
			attemptsAdded: 0,
			decksAdded: 0
		});
		expect(await snapshot(target)).toEqual(once);
	});

	it('merges two phones by id and rebuilds the cards answered on both from the merged log', async () => {
		const phone = await filledStore();
		const { store: laptop } = await freshStore();
		await answer(laptop, 'q1', T0 + 2 * DAY, 3);
		await answer(laptop, 'q3', T0 + 2 * DAY, 4);
		const report = await phone.importBackup(await laptop.exportBackup(NOW, '0.1.0'));
		expect(report).toMatchObject({
			reviewsAdded: 2,
			reviewsSkipped: 0,
			cardsUpdated: 2,
			settingsRestored: false
		});

		const reviews = await phone.getReviews(DECK);
		expect(reviews).toHaveLength(5);
		const cards = await phone.getCards(DECK);
		const q1 = cards.find((c) => c.questionId === 'q1');
		// q1 was answered on both: its card is the replay of all three answers, in time order.
		expect(q1).toEqual(rebuildCard('q1', DECK, reviews, NOW, { desiredRetention: 0.9, fuzz: true }));
		expect(q1?.reps).toBe(3);
		// The phone's own settings win over the laptop's.
		expect((await phone.getSettings()).dailyGoal).toBe(15);
	});

	it('takes an attempt further along from the backup, but never undoes a finished one', async () => {
		const phone = await filledStore();
		const { store: other } = await freshStore();
		await other.saveAttempt(makeAttempt('att-1', T0, ['q1', 'q2'], { finishedAt: T0 + 5 * MIN, score: 0 }));
		expect((await phone.importBackup(await other.exportBackup(NOW, 'x'))).attemptsUpdated).toBe(1);
		expect((await phone.getAttempt('att-1'))?.finishedAt).toBe(T0 + 5 * MIN);
		const { store: stale } = await freshStore();
		await stale.saveAttempt(makeAttempt('att-1', T0, ['q1', 'q2']));
		expect((await phone.importBackup(await stale.exportBackup(NOW, 'x'))).attemptsUpdated).toBe(0);
		expect((await phone.getAttempt('att-1'))?.finishedAt).toBe(T0 + 5 * MIN);
	});
});

describe('a restore touching many questions', () => {
	it('rebuilds every card from the merged log (the whole-log scan path)', async () => {
		const { store: source } = await freshStore();
		for (let i = 0; i < 60; i++) await answer(source, `q${i}`, T0 + i * MIN, ((i % 4) + 1) as 1 | 2 | 3 | 4);
		for (let i = 0; i < 60; i += 3) await answer(source, `q${i}`, T0 + DAY + i * MIN, 3);
		const { store: target } = await freshStore();
		const report = await target.importBackup(await source.exportBackup(NOW, 'x'));
		expect(report).toMatchObject({ reviewsAdded: 80, cardsUpdated: 60 });
		const log = await target.getReviews(DECK);
		const cards = await target.getCards(DECK);
		expect(cards).toHaveLength(60);
		for (const card of cards) {
			expect(card).toEqual(
				rebuildCard(card.questionId, DECK, log, NOW, { desiredRetention: 0.9, fuzz: true })
			);
		}
		expect(cards).toEqual(await source.getCards(DECK));
	});
});

describe('bad backup files change nothing', () => {
	const cases: [string, (good: string) => string, string][] = [
		['not JSON', (good) => good.slice(0, good.length / 2), 'not-json'],
		['a foreign JSON file', () => JSON.stringify({ version: 1, deck: {}, questions: [] }), 'foreign'],
		['a newer format', (good) => JSON.stringify({ ...JSON.parse(good), formatVersion: 2 }), 'newer-format'],
		[
			'an edited review (checksum mismatch)',
			(good) => {
				const f = JSON.parse(good);
				f.data.reviews[0].rating = 4;
				return JSON.stringify(f);
			},
			'checksum'
		],
		[
			'a missing field',
			(good) => {
				const f = JSON.parse(good);
				delete f.data.reviews[0].at;
				return JSON.stringify(f);
			},
			'checksum'
		],
		[
			'no data part',
			(good) => {
				const f = JSON.parse(good);
				delete f.data;
				return JSON.stringify(f);
			},
			'damaged'
		]
	];

	for (const [what, damage, code] of cases) {
		it(`refuses ${what} with code "${code}"`, async () => {
			const source = await filledStore();
			const { store: other } = await freshStore();
			await answer(other, 'q5', T0 + 3 * DAY);
			const bad = damage(await other.exportBackup(NOW, '0.1.0'));
			const before = await snapshot(source);
			const error = await source.importBackup(bad).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(BackupError);
			expect((error as BackupError).code).toBe(code);
			expect(await snapshot(source)).toEqual(before);
		});
	}
});
