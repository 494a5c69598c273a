/** Reports and remembered answers in both stores: writes checked, backups round-trip, deleted with their deck. */
import { describe, expect, it } from 'vitest';
import { MemoryProgressStore } from '../../../src/lib/storage/memory-store';
import { StorageInputError } from '../../../src/lib/storage/errors';
import type { ProgressStore } from '../../../src/lib/storage/contract';
import type { AcceptedAnswer, QuestionFlag } from '../../../src/lib/domain/records';
import { DAY, DECK, DECK_RECORD, T0, answer, freshStore } from './fixtures';

const OWN = 'own-deck';
const flag = (questionId: string, extra: Partial<QuestionFlag> = {}): QuestionFlag => ({
	deckId: DECK,
	questionId,
	reason: 'wrong-answer',
	at: T0 + DAY,
	...extra
});
const accepted = (questionId: string, text: string, deckId = DECK): AcceptedAnswer => ({
	deckId,
	questionId,
	answer: text,
	at: T0 + DAY
});

async function memoryStore(): Promise<ProgressStore> {
	const store = new MemoryProgressStore('unavailable', () => new Date(T0 + 30 * DAY));
	await store.ensureDeck(DECK_RECORD);
	return store;
}

const stores: [string, () => Promise<ProgressStore>][] = [
	['IndexedDB', async () => (await freshStore()).store],
	['in-memory', memoryStore]
];

for (const [name, make] of stores) {
	describe(`reports and remembered answers (${name} store)`, () => {
		it('refuses a crafted write and keeps nothing of it', async () => {
			const store = await make();
			await expect(store.flagQuestion({ ...flag('q1'), reason: 'spam' as never })).rejects.toThrow(
				StorageInputError
			);
			await expect(store.flagQuestion(flag('q1', { comment: 'x'.repeat(501) }))).rejects.toThrow(/over 500/);
			await expect(store.acceptAnswer(accepted('q1', ''))).rejects.toThrow(StorageInputError);
			expect(await store.getFlags(DECK)).toEqual([]);
			expect(await store.getAcceptedAnswers(DECK)).toEqual([]);
		});

		it('a second report of a question replaces the first', async () => {
			const store = await make();
			await store.flagQuestion(flag('q1'));
			await store.flagQuestion(flag('q1', { reason: 'typo', comment: 'Lỗi chính tả' }));
			expect(await store.getFlags(DECK)).toEqual([flag('q1', { reason: 'typo', comment: 'Lỗi chính tả' })]);
		});

		it('round-trips through a backup into an empty phone, and a second import adds nothing', async () => {
			const source = await make();
			await answer(source, 'q1', T0);
			await source.flagQuestion(flag('q2', { comment: 'Câu hỏi có hai cách hiểu' }));
			await source.flagQuestion(flag('q3', { reason: 'other' }));
			await source.acceptAnswer(accepted('q1', 'Hoa Kỳ'));
			const text = await source.exportBackup(new Date(T0 + 2 * DAY), '1.0.0');
			const file = JSON.parse(text) as { data: { flags: unknown[]; accepted: unknown[] } };
			expect(file.data.flags).toHaveLength(2);
			expect(file.data.accepted).toHaveLength(1);

			const { store: target } = await freshStore();
			const report = await target.importBackup(text);
			expect(report).toMatchObject({ flagsAdded: 2, acceptedAdded: 1, reviewsAdded: 1 });
			expect(await target.getFlags(DECK)).toEqual(await source.getFlags(DECK));
			expect(await target.getAcceptedAnswers(DECK)).toEqual(await source.getAcceptedAnswers(DECK));
			expect(await target.importBackup(text)).toMatchObject({ flagsAdded: 0, acceptedAdded: 0 });
		});

		it('the phone’s own report of a question wins over the backup’s', async () => {
			const source = await make();
			await source.flagQuestion(flag('q2', { reason: 'typo' }));
			const text = await source.exportBackup(new Date(T0 + 2 * DAY), '1.0.0');
			const target = await make();
			await target.flagQuestion(flag('q2', { reason: 'ambiguous' }));
			expect(await target.importBackup(text)).toMatchObject({ flagsAdded: 0 });
			expect((await target.getFlags(DECK))[0]?.reason).toBe('ambiguous');
		});

		it('forgets one remembered answer, and only that one, the same text of another deck kept', async () => {
			const store = await make();
			await store.ensureDeck({ ...DECK_RECORD, id: OWN, kind: 'imported', bank: { questions: [] } });
			await store.acceptAnswer(accepted('q1', 'Hoa Kỳ'));
			await store.acceptAnswer(accepted('q1', 'Mỹ'));
			await store.acceptAnswer(accepted('q1', 'Hoa Kỳ', OWN));
			await store.forgetAcceptedAnswer(DECK, 'q1', 'Hoa Kỳ');
			expect(await store.getAcceptedAnswers(DECK)).toEqual([accepted('q1', 'Mỹ')]);
			expect(await store.getAcceptedAnswers(OWN)).toEqual([accepted('q1', 'Hoa Kỳ', OWN)]);
			// Forgetting what is not there changes nothing and does not fail.
			await store.forgetAcceptedAnswer(DECK, 'q1', 'Hoa Kỳ');
			expect(await store.getAcceptedAnswers(DECK)).toHaveLength(1);
		});

		it('deleting a deck deletes its reports and remembered answers, and no other deck’s', async () => {
			const store = await make();
			await store.ensureDeck({ ...DECK_RECORD, id: OWN, kind: 'imported', bank: { questions: [] } });
			await store.flagQuestion(flag('q1', { deckId: OWN }));
			await store.flagQuestion(flag('q1'));
			await store.acceptAnswer(accepted('q1', 'mỏ', OWN));
			await store.acceptAnswer(accepted('q1', 'mỏ'));
			await store.deleteDeck(OWN);
			expect(await store.getFlags(OWN)).toEqual([]);
			expect(await store.getAcceptedAnswers(OWN)).toEqual([]);
			expect(await store.getFlags(DECK)).toHaveLength(1);
			expect(await store.getAcceptedAnswers(DECK)).toHaveLength(1);
		});

		it('resetting progress keeps the reports: they are about the questions, not the learner’s memory', async () => {
			const store = await make();
			await store.flagQuestion(flag('q1'));
			await store.resetProgress();
			expect(await store.getFlags(DECK)).toHaveLength(1);
		});
	});
}
