/**
 * Two tabs of one browser on one database (issue 9, part 2), and the verdict after the write (part 4): two
 * pages of one context share IndexedDB and BroadcastChannel, as two tabs of a phone's browser do.
 */
import { expect, test, type Page } from '@playwright/test';
import type { QuizAttempt, ReviewRecord, CardRecord } from '../../src/lib/domain/records';
import {
	answerAndGoOn,
	answerQuestion,
	currentQuestion,
	openQuiz,
	readStore,
	waitForDatabase,
	type BankQuestion
} from './helpers';

const card = (page: Page) => page.getByTestId('flashcard');
const cardId = async (page: Page) => (await card(page).getAttribute('data-question-id')) ?? '';

async function openStudy(page: Page) {
	await page.goto('/study');
	await expect(card(page)).toBeVisible();
}

async function grade(page: Page, rating: 1 | 3) {
	await page.getByTestId('flip').click();
	await page.getByTestId(`grade-${rating}`).click();
}

test('a tab finishing its stale copy of a quiz the other tab finished shows the stored result instead', async ({
	context
}) => {
	const a = await context.newPage();
	const bank = await openQuiz(a);
	await a.getByRole('button', { name: /Bắt đầu/ }).click();
	for (let i = 0; i < 3; i++) await answerAndGoOn(a, bank, true);

	// Tab B resumes the same attempt and finishes it with every answer right.
	const b = await context.newPage();
	await openQuiz(b);
	await b.getByRole('button', { name: 'Làm tiếp' }).click();
	for (let i = 3; i < 10; i++) await answerAndGoOn(b, bank, true);
	await expect(b.getByTestId('score-pct')).toHaveText('100%');

	// Tab A still shows question 4 of its copy: its (wrong) answer is refused and it shows what is stored.
	await answerQuestion(a, await currentQuestion(a, bank), false);
	await expect(a.getByTestId('quiz-reloaded')).toBeVisible();
	await expect(a.getByTestId('quiz-reloaded')).toContainText('tab khác');
	await expect(a.getByTestId('score-pct')).toHaveText('100%');

	const [attempt] = await readStore<QuizAttempt>(a, 'attempts');
	expect(attempt?.score).toBe(1);
	expect(attempt?.answers.filter((x) => x?.correct)).toHaveLength(10);
	const reviews = await readStore<ReviewRecord>(a, 'reviews');
	expect(reviews.filter((r) => r.attemptId === attempt?.id)).toHaveLength(10);
});

test('undo in one tab after the other tab graded the same card keeps that grade and its card', async ({
	context
}) => {
	const a = await context.newPage();
	await openStudy(a);
	const b = await context.newPage();
	await openStudy(b);
	const id = await cardId(a);
	expect(await cardId(b)).toBe(id);

	await grade(a, 3);
	await expect.poll(async () => (await readStore<ReviewRecord>(a, 'reviews')).length).toBe(1);
	await grade(b, 1);
	await expect.poll(async () => (await readStore<ReviewRecord>(a, 'reviews')).length).toBe(2);

	await a.getByTestId('undo').click();
	await expect(a.getByTestId('undo-notice')).toBeVisible();
	await expect
		.poll(async () => (await readStore<ReviewRecord>(a, 'reviews')).map((r) => r.rating))
		.toEqual([1]);
	const cards = await readStore<CardRecord>(a, 'cards');
	// The card B graded is still there: one review (B's Again) behind it.
	expect(cards.find((c) => c.questionId === id)).toMatchObject({ reps: 1, lapses: 0 });
});

test('a settings change in one tab shows in the other, and a grade there does not put the old value back', async ({
	context
}) => {
	const a = await context.newPage();
	await a.goto('/settings');
	await waitForDatabase(a);
	const b = await context.newPage();
	await openStudy(b);
	const goal = a.getByLabel('Số thẻ mới mỗi ngày');
	await goal.fill('35');
	await goal.press('Tab');
	await expect(a.getByTestId('settings-status')).toHaveText('Đã lưu.');

	// B's first grade asks for persistent storage and records that it asked: a settings write of its own.
	await grade(b, 3);
	await expect
		.poll(async () => (await readStore<{ persistAsked?: boolean }>(b, 'settings'))[0]?.persistAsked)
		.toBe(true);
	const [stored] = await readStore<{ dailyGoal: number }>(b, 'settings');
	expect(stored?.dailyGoal).toBe(35);

	// And B heard the change: its settings screen shows 35 without a reload.
	await b.getByRole('link', { name: 'Cài đặt' }).click();
	await expect(b.getByLabel('Số thẻ mới mỗi ngày')).toHaveValue('35');
	await a.getByLabel('Tối').check();
	await expect(b.getByLabel('Tối')).toBeChecked();
});

test('the verdict shows once the answer is stored: a reload right after it never asks it again', async ({
	page
}) => {
	// Every write that stores a review commits 400 ms late: the transaction is kept busy with reads first.
	await page.addInitScript(() => {
		const open = IDBDatabase.prototype.transaction;
		IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof open>) {
			const tx = open.apply(this, args);
			const names = [args[0]].flat();
			if (args[1] === 'readwrite' && names.includes('reviews')) {
				const until = performance.now() + 400;
				const spin = () => {
					if (performance.now() < until) tx.objectStore('reviews').count().onsuccess = spin;
				};
				spin();
			}
			return tx;
		} as typeof open;
	});
	const bank: Map<string, BankQuestion> = await openQuiz(page);
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	const q = await currentQuestion(page, bank);
	await answerQuestion(page, q, true);
	await expect(page.getByTestId('feedback')).toBeVisible();
	// Reloaded at once: a transaction still running when its page goes away is aborted, its answer lost.
	await page.reload();
	await page.getByRole('button', { name: 'Làm tiếp' }).click();
	expect((await currentQuestion(page, bank)).id).not.toBe(q.id);
	const reviews = await readStore<ReviewRecord>(page, 'reviews');
	expect(reviews.map((r) => r.questionId)).toEqual([q.id]);
	const [attempt] = await readStore<QuizAttempt>(page, 'attempts');
	expect(attempt?.answers[0]?.questionId).toBe(q.id);
	await expect(page.getByText('Câu 2/10')).toBeVisible();
});

test("a grade in one tab shows in the other's home figures and flashcard counts, its card on screen kept", async ({
	context
}) => {
	const home = await context.newPage();
	await home.goto('/');
	await waitForDatabase(home);
	const newLeft = home.getByTestId('home-new');
	await expect(newLeft).toHaveText(/^\d+$/);
	const before = Number(await newLeft.innerText());

	const a = await context.newPage();
	await openStudy(a);
	const fresh = a.getByTestId('queue-counts').locator('.fresh strong');
	const freshBefore = Number(await fresh.innerText());
	const shown = await cardId(a);

	// Tab B grades the first new card of the day (the one A shows too).
	const b = await context.newPage();
	await openStudy(b);
	expect(await cardId(b)).toBe(shown);
	await grade(b, 3);
	await expect.poll(async () => (await readStore<ReviewRecord>(b, 'reviews')).length).toBe(1);

	// Without a reload: home counts one new card fewer, and A's allowance of new cards too...
	await expect(newLeft).toHaveText(String(before - 1));
	await expect(fresh).toHaveText(String(freshBefore - 1));
	// ...while A still shows the card it showed, not flipped, not replaced.
	expect(await cardId(a)).toBe(shown);
	await expect(card(a)).toHaveAttribute('data-revealed', 'false');
	// Its next card comes from the stored state: the card B graded is no longer new there.
	await grade(a, 3);
	await expect(card(a)).not.toHaveAttribute('data-question-id', shown);
});
