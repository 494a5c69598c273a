/**
 * "Báo câu hỏi sai" and the remembered overrule, as a learner uses them: offline, after a reload, in
 * settings, and through a backup restored on another phone (a new browser context).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { FlagReportFile } from '../../src/lib/domain/flag-report';
import type { AcceptedAnswer, QuestionFlag } from '../../src/lib/domain/records';
import { gradeAnswer } from '../../src/lib/domain/answers/grade';
import type { Bank, Question } from '../../src/lib/domain/types';
import { currentQuestion, openQuiz, quoteText, readStore, waitForDatabase } from './helpers';

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;
const byId = new Map(bank.questions.map((q) => [q.id, q]));
const card = (page: Page) => page.getByTestId('flashcard');
/**
 * A typed answer the app grades wrong for this question. "Hoa Kỳ" is wrong for most, but it is the
 * article's "Mỹ" by the alias table: the quiz's order is random, so pick per question.
 */
const wrongFor = (q: Question) =>
	['Hoa Kỳ', 'Sao Hỏa'].find((a) => gradeAnswer(q, a).grade === 'wrong') ?? 'Sao Hỏa';
const currentId = async (page: Page) => (await card(page).getAttribute('data-question-id')) ?? '';

/** Waits until the service worker controls the page: from then on everything comes from its precache. */
async function waitForControl(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function report(page: Page, reason: string, comment: string) {
	const dialog = page.getByTestId('report-dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('heading', { name: 'Báo câu hỏi sai' })).toBeVisible();
	// No reason chosen: said so, nothing stored.
	await dialog.getByTestId('report-submit').click();
	await expect(dialog.getByRole('alert')).toHaveText('Hãy chọn một lý do.');
	await dialog.getByRole('radio', { name: reason }).check();
	await dialog.getByLabel('Ghi chú thêm (không bắt buộc)').fill(comment);
	await dialog.getByTestId('report-submit').click();
	await expect(dialog).toHaveCount(0);
}

test('a flashcard reported offline leaves the sessions, stays out after a reload, and is restored from settings', async ({
	page,
	context
}) => {
	await page.goto('/study');
	await expect(card(page)).toBeVisible();
	await waitForControl(page);
	await context.setOffline(true);

	const first = await currentId(page);
	await page.getByTestId('flip').click();
	await card(page).getByTestId('report-question').click();
	// The dialog took the tap: the card did not flip back.
	await expect(card(page)).toHaveAttribute('data-revealed', 'true');
	await report(page, 'Đáp án sai', 'Bài viết ghi khác');

	// The next card shows at once; the report is on the phone.
	await expect(card(page)).not.toHaveAttribute('data-question-id', first);
	const [flag] = await readStore<QuestionFlag>(page, 'flags');
	expect(flag).toMatchObject({ questionId: first, reason: 'wrong-answer', comment: 'Bài viết ghi khác' });

	// Offline reload: the queue that opened with it no longer does.
	await page.reload();
	await expect(card(page)).toBeVisible();
	expect(await currentId(page)).not.toBe(first);
	await page.goto('/');
	await expect(page.getByTestId('deck-total')).toHaveText(`${bank.questions.length - 1} câu hỏi`);

	await page.goto('/settings');
	const panel = page.getByTestId('flags-panel');
	await expect(panel.getByTestId('flags-count')).toHaveText('Đã báo 1 câu hỏi.');
	const item = panel.getByTestId('flagged-question');
	await expect(item).toContainText(byId.get(first)!.prompt);
	expect(await quoteText(item.locator('blockquote'))).toBe(byId.get(first)!.source.quote);
	await expect(item).toContainText('Đáp án sai');
	await expect(item).toContainText('Bài viết ghi khác');

	// The file for the deck's author, made offline.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByTestId('export-flags').click()
	]);
	const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as FlagReportFile;
	expect(file.reports).toEqual([
		expect.objectContaining({
			questionId: first,
			reason: 'wrong-answer',
			prompt: byId.get(first)!.prompt,
			quote: byId.get(first)!.source.quote
		})
	]);

	await item.getByTestId('restore-question').click();
	await expect(panel.getByTestId('flags-message')).toHaveText('Đã khôi phục câu hỏi.');
	await expect(panel).toContainText('Bạn chưa báo câu hỏi nào trong bộ này.');
	expect(await readStore(page, 'flags')).toEqual([]);
	await page.goto('/study');
	await expect(card(page)).toHaveAttribute('data-question-id', first);
});

test('a report and an overruled answer from a quiz survive a backup restored on another phone', async ({
	page,
	browser
}) => {
	await openQuiz(page);
	await page.locator('input[data-type="typed"]').check();
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	const q = await currentQuestion(page, byId);
	const given = wrongFor(q);
	const field = page.locator('section.question').getByRole('textbox');
	await field.fill(given);
	await field.press('Enter');
	const feedback = page.getByTestId('feedback');
	await feedback.getByRole('button', { name: 'Tính là đúng' }).click();
	await expect(feedback).toContainText('Đã tính là đúng');
	await feedback.getByTestId('report-question').click();
	await report(page, 'Câu hỏi không rõ nghĩa', 'Có hai cách hiểu');
	await expect(feedback.getByTestId('reported')).toHaveText(
		'Đã ghi nhận. Câu hỏi này sẽ không xuất hiện trong các lần ôn sau.'
	);
	await expect
		.poll(() => readStore<AcceptedAnswer>(page, 'accepted'))
		.toEqual([expect.objectContaining({ questionId: q.id, answer: given })]);

	await page.goto('/settings');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải tệp sao lưu' }).click()
	]);
	const backup = await download.path();

	// Another phone: its own, empty storage.
	const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'vi-VN' });
	const phone = await other.newPage();
	await phone.goto('/settings');
	await waitForDatabase(phone);
	await phone.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(backup);
	await expect(phone.getByTestId('backup-message')).toContainText('Đã thêm 1 câu hỏi bạn báo sai.');
	const panel = phone.getByTestId('flags-panel');
	await expect(panel.getByTestId('flagged-question')).toContainText(q.prompt);
	await expect(panel).toContainText('Câu hỏi không rõ nghĩa');
	expect(await readStore<QuestionFlag>(phone, 'flags')).toEqual([
		expect.objectContaining({ questionId: q.id, reason: 'ambiguous', comment: 'Có hai cách hiểu' })
	]);
	expect(await readStore<AcceptedAnswer>(phone, 'accepted')).toEqual([
		expect.objectContaining({ questionId: q.id, answer: given })
	]);
	// And after a reload there.
	await phone.reload();
	await expect(phone.getByTestId('flags-panel').getByTestId('flags-count')).toHaveText('Đã báo 1 câu hỏi.');
	await other.close();
});

test('an answer counted as right is listed in settings and can be removed, and stays removed after a reload', async ({
	page
}) => {
	await openQuiz(page);
	await page.locator('input[data-type="typed"]').check();
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	const q = await currentQuestion(page, byId);
	const given = wrongFor(q);
	const field = page.locator('section.question').getByRole('textbox');
	await field.fill(given);
	await field.press('Enter');
	const feedback = page.getByTestId('feedback');
	await feedback.getByRole('button', { name: 'Tính là đúng' }).click();
	await expect(feedback).toContainText('Đã tính là đúng');
	await expect.poll(async () => (await readStore<AcceptedAnswer>(page, 'accepted')).length).toBe(1);

	await page.goto('/settings');
	const list = page.getByTestId('accepted-answers');
	await expect(list.getByRole('heading', { name: 'Đáp án bạn đã tính là đúng' })).toBeVisible();
	const row = list.getByTestId('accepted-answer');
	await expect(row).toHaveCount(1);
	await expect(row).toHaveAttribute('data-question-id', q.id);
	await expect(row).toContainText(q.prompt);
	await expect(row).toContainText(`Bạn đã gõ: ${given}`);
	await row.getByRole('button', { name: `Xóa đáp án «${given}» của câu hỏi: ${q.prompt}` }).click();
	await expect(page.getByTestId('flags-message')).toHaveText(`Đã xóa đáp án «${given}».`);
	await expect(row).toHaveCount(0);
	expect(await readStore<AcceptedAnswer>(page, 'accepted')).toEqual([]);

	// Gone for good, and with nothing to list the list is not there at all.
	await page.reload();
	await expect(page.getByTestId('flags-panel')).toBeVisible();
	await expect(page.getByTestId('accepted-answers')).toHaveCount(0);
});
