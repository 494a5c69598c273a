import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Bank } from '../../src/lib/domain/types';
import { answerAndGoOn, openQuiz } from './helpers';

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;
const nf = new Intl.NumberFormat('vi-VN');

test('the home screen shows the built-in deck and today’s figures in Vietnamese', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.deck.title);
	await expect(page.getByTestId('deck-total')).toHaveText(`${nf.format(bank.questions.length)} câu hỏi`);
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');

	// A new learner: nothing due, a full day of new cards (daily goal 20), no mastery, no streak.
	await expect(page.getByTestId('home-due')).toHaveText('0');
	await expect(page.getByTestId('home-new')).toHaveText(nf.format(Math.min(20, bank.questions.length)));
	await expect(page.getByTestId('home-learned')).toHaveText(/^0\s?%$/);
	await expect(page.getByTestId('home-mastery')).toHaveText(/^0\s?%$/);
	await expect(page.getByTestId('home-streak')).toHaveText('0 ngày');
	// What each figure means, said beside them.
	await expect(page.getByText(/Đã học: câu hỏi bạn đã trả lời ít nhất một lần\. Đã thuộc:/)).toBeVisible();

	// With new flashcards waiting, "Học tiếp" leads to the flashcards.
	const cont = page.getByTestId('continue');
	await expect(cont).toContainText('Học tiếp');
	await expect(cont).toHaveAttribute('href', '/study');
	await cont.click();
	await expect(page).toHaveURL(/\/study$/);
	await expect(page.getByTestId('flashcard')).toBeVisible();
});

test('home figures follow an answer: a streak starts and one new card is used', async ({ page }) => {
	await page.goto('/study');
	await page.getByTestId('flip').click();
	await page.getByTestId('grade-3').click();
	await expect(page.getByTestId('queue-counts')).toContainText('19');
	await page.getByRole('link', { name: 'Trang chủ' }).click();
	await expect(page.getByTestId('home-streak')).toHaveText('1 ngày');
	await expect(page.getByTestId('home-new')).toHaveText('19');
});

test('the tab bar reaches every main screen and marks the current one', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
	await expect(nav.getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('aria-current', 'page');
	await nav.getByRole('link', { name: 'Cài đặt' }).click();
	await expect(page).toHaveURL(/\/settings$/);
	await expect(nav.getByRole('link', { name: 'Cài đặt' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt');
});

test('without IndexedDB the app still works and says progress will not be kept', async ({ page }) => {
	// Some private modes have no IndexedDB at all.
	await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
	await page.goto('/');
	await expect(page.getByRole('status').filter({ hasText: 'Không lưu được tiến độ' })).toBeVisible();
	await page.getByTestId('continue').click();
	const card = page.getByTestId('flashcard');
	const id = await card.getAttribute('data-question-id');
	await page.keyboard.press('Space');
	await expect(card).toHaveAttribute('data-revealed', 'true');
	await page.keyboard.press('3');
	await expect(card).not.toHaveAttribute('data-question-id', id!);
	await expect(page.getByTestId('queue-counts')).toContainText('19');
	// The notice stays on every screen.
	await page.getByRole('link', { name: 'Cài đặt' }).click();
	await expect(page.getByText('Không lưu được tiến độ trên trình duyệt này.')).toBeVisible();
});

test('an unfinished quiz is offered on the home screen', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByTestId('resume-quiz')).toHaveCount(0);
	await page.goto('/quiz');
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await expect(page.getByText(/Câu 1\/\d+/)).toBeVisible();
	await page.getByRole('link', { name: 'Trang chủ' }).click();
	const resume = page.getByTestId('resume-quiz');
	await expect(resume).toHaveText('Làm tiếp bài kiểm tra');
	await resume.click();
	await expect(page).toHaveURL(/\/quiz$/);
});

test('a 20-question quiz leaves the day’s new flashcards alone: home, flashcards and stats agree', async ({
	page
}) => {
	const bank = await openQuiz(page);
	await page.getByRole('radio', { name: '20 câu' }).check();
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	for (let i = 0; i < 20; i++) await answerAndGoOn(page, bank, true);
	await expect(page.getByTestId('score-pct')).toBeVisible();

	await page.getByRole('link', { name: 'Trang chủ' }).click();
	await expect(page.getByTestId('home-streak')).toHaveText('1 ngày');
	await expect(page.getByTestId('home-new')).toHaveText('20');
	// A perfect quiz shows as progress (learned), not as "0%": mastery needs weeks.
	const learned = Math.round((20 / bank.size) * 100);
	await expect(page.getByTestId('home-learned')).toHaveText(new RegExp(`^${learned}\\s?%$`));
	await expect(page.getByTestId('home-mastery')).toHaveText(/^0\s?%$/);
	await page.getByRole('link', { name: 'Ôn thẻ' }).first().click();
	await expect(page.getByTestId('flashcard')).toBeVisible();
	await expect(page.getByTestId('queue-counts')).toContainText('Thẻ mới: 20');
	await page.getByRole('link', { name: 'Thống kê' }).click();
	await expect(page.getByTestId('today-new')).toContainText('20');
});
