import { expect, test, type Page } from '@playwright/test';
import { answerAndGoOn, openQuiz, readStore } from './helpers';

// The flows learners expect from Anki and Quizlet (issue 14): skip a quiz question ("Tôi không biết"), end a
// quiz early and see a summary, retry the missed ones from beside the score; a flashcard session that shows
// its progress, says so when a grade is undone, and ends with a summary.

async function startQuiz(page: Page, type: string) {
	const bank = await openQuiz(page);
	await page.getByRole('checkbox', { name: type, exact: true }).check();
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await expect(page.getByText(/^Câu 1\/\d+$/)).toBeVisible();
	return bank;
}

test('"Tôi không biết" counts the question wrong and shows its answer', async ({ page }) => {
	const bank = await startQuiz(page, 'Tự gõ đáp án');
	const id = (await page.locator('section.question').getAttribute('data-qid')) as string;
	await page.getByRole('button', { name: 'Tôi không biết' }).click();
	const fb = page.getByTestId('feedback');
	await expect(fb.locator('.verdict')).toHaveText(/Bạn bỏ qua câu này/);
	await expect(fb.getByTestId('expected')).toContainText(String(bank.get(id)?.answer).slice(0, 10));
	// Nothing was typed, so there is nothing to overrule.
	await expect(fb.getByRole('button', { name: 'Tính là đúng' })).toHaveCount(0);
	await expect(fb.getByRole('button', { name: 'Câu tiếp' })).toBeFocused();
	// The question is over: its field is locked and cannot be answered after all.
	await expect(page.locator('section.question').getByRole('textbox')).toHaveAttribute('readonly', '');
	await expect(page.getByRole('button', { name: 'Trả lời', exact: true })).toHaveCount(0);
	await expect(page.getByTestId('skip')).toHaveCount(0);
	await expect
		.poll(() => readStore<{ questionId: string; rating: number; correct: boolean }>(page, 'reviews'))
		.toEqual([expect.objectContaining({ questionId: id, rating: 1, correct: false })]);
});

test('a quiz ended early shows the summary of what was asked, retry beside the score', async ({ page }) => {
	const bank = await startQuiz(page, 'Đúng / Sai');
	const total = Number(/\/(\d+)$/.exec(await page.getByText(/^Câu 1\/\d+$/).innerText())![1]);
	await answerAndGoOn(page, bank, true);
	await answerAndGoOn(page, bank, false);
	await page.getByRole('button', { name: 'Tôi không biết' }).click();

	// A confirm step, the safe choice focused: Esc goes back to the question.
	await page.getByTestId('end-quiz').click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('Kết thúc bài bây giờ?');
	await expect(dialog.getByRole('button', { name: 'Làm tiếp' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.getByTestId('end-quiz').click();
	await dialog.getByRole('button', { name: 'Kết thúc' }).click();

	await expect(page.getByTestId('ended-early')).toHaveText(`Bạn đã kết thúc sớm, sau 3/${total} câu.`);
	await expect(page.getByTestId('score-line')).toHaveText('1/3 câu đúng');
	await expect(page.getByTestId('mistakes').locator('> li')).toHaveCount(2);
	await expect(page.getByTestId('mistakes')).toContainText('Bạn chưa trả lời câu này.');
	// "Retry the ones I missed" sits with the score, on the first screen of the results.
	const retry = page.locator('.score').getByTestId('retry-missed');
	await expect(retry).toBeInViewport({ ratio: 1 });
	const [attempt] = await readStore<{ questionIds: string[]; finishedAt?: number }>(page, 'attempts');
	expect(attempt?.questionIds).toHaveLength(3);
	expect(attempt?.finishedAt).toBeDefined();
	await retry.click();
	await expect(page.getByText('Câu 1/2')).toBeVisible();
});

test('ending a quiz before any answer goes back to the setup', async ({ page }) => {
	await startQuiz(page, 'Trắc nghiệm');
	await page.getByTestId('end-quiz').click();
	await page.getByRole('dialog').getByRole('button', { name: 'Kết thúc' }).click();
	await expect(page.locator('form.setup')).toBeVisible();
	await page.reload();
	await expect(page.locator('form.setup')).toBeVisible();
});

test('a flashcard session shows its progress, a visible undo, and a summary at its end', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await page.locator('#goal').fill('2');
	await page.locator('#goal').press('Tab');
	await expect(page.getByTestId('settings-saved')).toBeVisible();

	await page.goto('/study');
	const progress = page.getByTestId('session-progress');
	await expect(progress).toContainText('Đã ôn 0 · còn 2');
	await page.getByTestId('flip').click();
	await page.getByTestId('grade-3').click();
	await expect(progress).toContainText('Đã ôn 1 · còn 1');
	await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');

	// Undo says so, visibly, and gives the card back.
	await page.getByTestId('undo').click();
	await expect(page.getByTestId('undo-notice')).toHaveText('Đã hoàn tác lần chấm vừa rồi.');
	await expect(page.getByTestId('undo-notice')).toBeVisible();
	await expect(progress).toContainText('Đã ôn 0 · còn 2');

	await page.getByTestId('flip').click();
	await page.getByTestId('grade-3').click();
	await expect(page.getByTestId('undo-notice')).toHaveText('');
	await page.getByTestId('flip').click();
	await page.getByTestId('grade-1').click();

	const summary = page.getByTestId('session-summary');
	await expect(summary).toBeVisible();
	await expect(summary).toContainText(/Thẻ đã ôn\s*2/);
	await expect(summary).toContainText(/Nhớ được\s*1 \(50\s?%\)/);
	await expect(summary).toContainText(/Thời gian\s*\d+ giây/);
	// The card forgotten comes back in a minute or so.
	await expect(summary).toContainText(/Lần ôn tới\s*lúc \d\d:\d\d hôm nay/);
});

test('keyboard hints show with a mouse and keyboard, swipe hints on a touch screen', async ({ browser }) => {
	for (const touch of [true, false]) {
		const context = await browser.newContext({
			hasTouch: touch,
			isMobile: touch,
			baseURL: test.info().project.use.baseURL
		});
		const page = await context.newPage();
		await page.goto('/study');
		await expect(page.getByTestId('flip')).toBeVisible();
		await expect(page.getByText('Chạm vào thẻ để lật')).toBeVisible({ visible: touch });
		await expect(page.getByText('Nhấn phím cách để lật thẻ')).toBeVisible({ visible: !touch });
		await context.close();
	}
});
