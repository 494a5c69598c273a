/** "Kiểm tra và sửa dữ liệu" over the whole database (issue 9): what it can rebuild, what it cannot. */
import { describe, expect, it } from 'vitest';
import { checkCardRecord, RECORD_LIMITS } from '../../../src/lib/domain/record-rules';
import { checkQuizAttempt, checkReviewRecord } from '../../../src/lib/domain/progress-rules';
import { DEFAULT_SETTINGS } from '../../../src/lib/domain/settings';
import { describeRepair } from '../../../src/lib/i18n/storage';
import {
	DAY,
	DECK,
	MIN,
	T0,
	answer,
	freshStore,
	makeAttempt,
	makeReview,
	rawPut,
	rebuildCard
} from './fixtures';

const NOW = new Date(T0 + 10 * DAY);
const opts = { desiredRetention: 0.9, fuzz: true };

/** A phone holding real progress, then every kind of damage issue 9 found, written past the store. */
async function damagedPhone() {
	const { store, factory } = await freshStore();
	await store.saveSettings({ ...DEFAULT_SETTINGS, dailyGoal: 30 });
	await answer(store, 'q1', T0);
	const { card: q2 } = await answer(store, 'q2', T0 + MIN, 1);
	// A finished quiz whose stored answer and score disagree with its own review log.
	const quiz = makeAttempt('quiz-1', T0 + HOURLY, ['q3'], { finishedAt: T0 + HOURLY + MIN, score: 0 });
	await store.saveAttempt(makeAttempt('quiz-1', T0 + HOURLY, ['q3']));
	const right = makeReview('q3', T0 + HOURLY + 10, 3, {
		mode: 'quiz',
		grade: 'correct',
		attemptId: 'quiz-1',
		given: 'Hủa Phăn'
	});
	await store.recordReview(right, rebuildCard('q3', DECK, [right], new Date(right.at), opts));
	const wrongAnswer = { questionId: 'q3', given: 'x', grade: 'wrong', correct: false, ms: 10, at: right.at };
	await rawPut(factory, 'attempts', { ...quiz, answers: [wrongAnswer] });

	await rawPut(factory, 'cards', { ...q2, stability: -5, difficulty: 999, reps: -3, due: 1e300 });
	await rawPut(factory, 'cards', { ...rebuildCard('q9', DECK, [], new Date(T0)), difficulty: 999 });
	await rawPut(factory, 'cards', { ...rebuildCard('q8', 'ghost-deck', [], new Date(T0)) });
	await rawPut(factory, 'reviews', { ...makeReview('q1', T0 + DAY), ms: -1e11 });
	await rawPut(factory, 'reviews', { ...makeReview('q1', T0 + 2 * DAY), rating: 7 });
	await rawPut(factory, 'reviews', { ...makeReview('q1', Date.UTC(9999, 0, 1)) });
	await rawPut(factory, 'attempts', makeAttempt('lost', T0, ['q1'], { deckId: 'ghost-deck' }));
	const timed = makeAttempt('bad-limit', T0, ['q1']);
	await rawPut(factory, 'attempts', { ...timed, settings: { ...timed.settings, timeLimit: -10 } });
	await rawPut(
		factory,
		'settings',
		{ ...DEFAULT_SETTINGS, dailyGoal: -5, desiredRetention: 0.01, evil: 1 },
		'settings'
	);
	return { store, factory };
}
const HOURLY = 3600_000;

describe('checkAndRepair', () => {
	it('fixes every kind of damage and says what it fixed', async () => {
		const { store } = await damagedPhone();
		const report = await store.checkAndRepair(NOW);
		expect(report).toEqual({
			// q2 had impossible values; q1 no longer matched its log, which gained an answer written past the store.
			cardsRebuilt: 2,
			cardsReset: 1,
			cardsRemoved: 1,
			reviewsFixed: 1,
			reviewsRemoved: 2,
			attemptsFixed: 1,
			attemptsRemoved: 2,
			flagsFixed: 0,
			flagsRemoved: 0,
			acceptedFixed: 0,
			acceptedRemoved: 0,
			settingsReset: ['dailyGoal', 'desiredRetention'],
			fixed: 12
		});
		expect(describeRepair('vi', report)).toBe(
			'Đã kiểm tra xong và sửa: tính lại 2 thẻ từ lịch sử trả lời; đặt lại 1 thẻ có giá trị không thể có; ' +
				'xóa 1 thẻ không thuộc bộ câu hỏi nào; sửa 1 câu trả lời có thời gian hoặc nội dung vượt giới hạn; ' +
				'xóa 2 câu trả lời không hợp lệ; sửa 1 bài kiểm tra cho khớp với lịch sử trả lời; ' +
				'xóa 2 bài kiểm tra không hợp lệ; đưa “số thẻ mới mỗi ngày”, “mức ghi nhớ mong muốn” về mặc định.'
		);
		expect(describeRepair('en', report)).toMatch(/^Check complete: 2 cards rebuilt from your answers; /);
	});

	it('leaves only records that pass the rules, and a second run finds nothing', async () => {
		const { store } = await damagedPhone();
		await store.checkAndRepair(NOW);
		const window = { earliest: RECORD_LIMITS.earliest, latest: NOW.getTime() + DAY };
		for (const c of await store.getCards(DECK)) expect(checkCardRecord(c, 'card', window)).toEqual(c);
		for (const r of await store.getReviews()) expect(checkReviewRecord(r, 'review', window)).toEqual(r);
		for (const a of await store.listAttempts(DECK)) expect(checkQuizAttempt(a, 'attempt', window)).toEqual(a);
		expect((await store.getAttempt('quiz-1'))?.answers[0]).toMatchObject({ grade: 'correct', correct: true });
		expect((await store.getAttempt('quiz-1'))?.score).toBe(1);
		expect(await store.getSettings()).toEqual({ ...DEFAULT_SETTINGS, dailyGoal: 20 });
		const again = await store.checkAndRepair(NOW);
		expect(again.fixed).toBe(0);
		expect(describeRepair('vi', again)).toBe('Đã kiểm tra xong, dữ liệu không có lỗi.');
	});

	it('finds nothing on healthy data, and never gives a new card to a question its deck does not ask', async () => {
		const { store } = await freshStore();
		await answer(store, 'q1', T0);
		await answer(store, 'left-the-bank:choice', T0);
		const questions = new Map([[DECK, new Set(['q1'])]]);
		expect((await store.checkAndRepair(NOW, { questions })).fixed).toBe(0);
		// Its card stays (kept right), as repairCards keeps it.
		expect((await store.getCards(DECK)).map((c) => c.questionId).sort()).toEqual([
			'left-the-bank:choice',
			'q1'
		]);
	});
});

describe('checkAndRepair: reports and remembered answers', () => {
	const flag = (questionId: string, extra: Record<string, unknown> = {}) => ({
		deckId: DECK,
		questionId,
		reason: 'typo',
		at: T0 + DAY,
		...extra
	});
	const acc = (questionId: string, text: string, extra: Record<string, unknown> = {}) => ({
		deckId: DECK,
		questionId,
		answer: text,
		at: T0 + DAY,
		...extra
	});

	it('removes orphans and unusable records, fixes the rest, says so, and a second run finds nothing', async () => {
		const { store, factory } = await freshStore();
		await store.flagQuestion(flag('q1') as never);
		await store.acceptAnswer(acc('q2', 'Hoa Kỳ') as never);
		// Written past the store, as a crafted backup or an old bug could have.
		await rawPut(factory, 'flags', flag('left-the-bank:choice'));
		await rawPut(factory, 'flags', flag('q3', { reason: 'spam', at: Date.UTC(9999, 0, 1) }));
		await rawPut(factory, 'flags', flag('q4', { deckId: 'ghost-deck' }));
		await rawPut(factory, 'accepted', acc('q2', 'Hoa Kỳ'.normalize('NFD')));
		await rawPut(factory, 'accepted', acc('left-the-bank:typed', 'x'));
		await rawPut(factory, 'accepted', acc('q5', 'y'.repeat(RECORD_LIMITS.acceptedAnswer + 1)));
		const questions = new Map([[DECK, new Set(['q1', 'q2', 'q3', 'q4', 'q5'])]]);

		const report = await store.checkAndRepair(NOW, { questions });
		expect(report).toMatchObject({ flagsFixed: 1, flagsRemoved: 2, acceptedFixed: 0, acceptedRemoved: 3 });
		expect(report.fixed).toBe(6);
		expect(describeRepair('vi', report)).toBe(
			'Đã kiểm tra xong và sửa: sửa 1 báo cáo câu hỏi có giá trị sai; ' +
				'xóa 2 báo cáo câu hỏi không hợp lệ hoặc của câu hỏi không còn trong bộ nào; ' +
				'xóa 3 đáp án được tính là đúng không hợp lệ hoặc thừa.'
		);
		expect(describeRepair('en', report)).toContain(
			'2 reports of questions no deck asks, or unreadable, removed'
		);

		const flags = await store.getFlags(DECK);
		expect(flags.map((f) => [f.questionId, f.reason]).sort()).toEqual([
			['q1', 'typo'],
			['q3', 'other']
		]);
		expect(flags.find((f) => f.questionId === 'q3')!.at).toBe(NOW.getTime());
		expect(await store.getFlags('ghost-deck')).toEqual([]);
		expect(await store.getAcceptedAnswers(DECK)).toEqual([acc('q2', 'Hoa Kỳ')]);
		expect((await store.checkAndRepair(NOW, { questions })).fixed).toBe(0);
	});
});
