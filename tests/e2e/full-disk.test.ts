/**
 * A full phone is never silent (issue 9, part 3): every put and add throws QuotaExceededError, as Chromium's
 * IndexedDB does when the origin's quota is used up. Each failed write shows, in Vietnamese, what happened
 * and what to do, with the backup download at hand; start-up needs no space and opens read-only.
 */
import { expect, test, type Page } from '@playwright/test';
import { currentQuestion, answerQuestion, openQuiz, readStore, waitForDatabase } from './helpers';

/** From now on (and after reloads, while the flag is set) every put/add of this page throws. */
async function fillTheDisk(page: Page, fromStart = false) {
	await page.addInitScript((on) => {
		if (on) sessionStorage.setItem('e2e-full', '1');
		for (const method of ['put', 'add'] as const) {
			const real = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
				if (sessionStorage.getItem('e2e-full') === '1')
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return real.apply(this, args);
			};
		}
	}, fromStart);
}
const full = (page: Page) => page.evaluate(() => sessionStorage.setItem('e2e-full', '1'));

/** The notice says it in Vietnamese, is really on screen, and offers the backup, which downloads. */
async function expectFullNotice(page: Page, what: RegExp) {
	const notice = page.getByTestId('write-notice');
	await expect(notice).toBeVisible();
	await expect(notice).toBeInViewport();
	await expect(notice).toContainText(what);
	const download = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Tải tệp sao lưu' }).click();
	expect((await download).suggestedFilename()).toMatch(/^on-bai-sao-luu-.*\.json$/);
	await expect(notice).toContainText('Đã tạo tệp sao lưu.');
	await expect(page.locator('body')).not.toContainText(/quota|Storage is full|Error/i);
}

test('a flashcard grade on a full phone says so on screen, and the card stays', async ({ page }) => {
	await fillTheDisk(page);
	await page.goto('/study');
	const card = page.getByTestId('flashcard');
	await expect(card).toBeVisible();
	const id = await card.getAttribute('data-question-id');
	await full(page);
	await page.getByTestId('flip').click();
	await page.getByTestId('grade-3').click();
	await expectFullNotice(page, /Bộ nhớ của máy đã đầy.*vẫn còn nguyên/);
	await expect(page.getByText('Không lưu được câu trả lời. Hãy thử lại.')).toBeVisible();
	expect(await card.getAttribute('data-question-id')).toBe(id);
	expect(await readStore(page, 'reviews')).toHaveLength(0);
	await page.getByTestId('write-notice').getByRole('button', { name: 'Đóng' }).click();
	await expect(page.getByTestId('write-notice')).toHaveCount(0);
});

test('a settings change that could not be stored shows the old value back, also after a reload', async ({
	page
}) => {
	await fillTheDisk(page);
	await page.goto('/settings');
	await waitForDatabase(page);
	const goal = page.getByLabel('Số thẻ mới mỗi ngày');
	await expect(goal).toHaveValue('20');
	await full(page);
	await goal.fill('35');
	await goal.press('Tab');
	await expectFullNotice(page, /Bộ nhớ của máy đã đầy.*vẫn còn nguyên/);
	await expect(goal).toHaveValue('20');
	// The theme changes at once, and goes back when it cannot be stored.
	await page.getByLabel('Tối').click();
	await expect(page.getByLabel('Theo hệ thống')).toBeChecked();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.getByLabel('Số thẻ mới mỗi ngày')).toHaveValue('20');
});

test('a quiz answer on a full phone is not marked, and the message is in Vietnamese', async ({ page }) => {
	await fillTheDisk(page);
	const bank = await openQuiz(page);
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await expect(page.locator('section.question')).toBeVisible();
	await full(page);
	await answerQuestion(page, await currentQuestion(page, bank), true);
	await expect(page.getByTestId('quiz-error')).toHaveText(
		'Chưa lưu được câu trả lời nên chưa chấm điểm. Hãy trả lời lại.'
	);
	await expect(page.getByTestId('feedback')).toHaveCount(0);
	await expectFullNotice(page, /Bộ nhớ của máy đã đầy.*vẫn còn nguyên/);
});

test('with the phone full from the start, the app still opens (read-only) and offers the backup', async ({
	page
}) => {
	// A first visit: the deck cannot even be filed.
	await fillTheDisk(page, true);
	await page.goto('/');
	await expect(page.locator('main[data-ready="true"]')).toBeAttached();
	await expect(page.getByTestId('load-error')).toHaveCount(0);
	await expectFullNotice(page, /chế độ chỉ xem/);
	await page.goto('/study');
	await expect(page.getByTestId('flashcard')).toBeVisible();
});

test('a later visit to a full phone writes nothing at start-up and opens as usual', async ({ page }) => {
	await fillTheDisk(page);
	await page.goto('/');
	await waitForDatabase(page);
	await full(page);
	await page.reload();
	await expect(page.locator('main[data-ready="true"]')).toBeAttached();
	await expect(page.getByTestId('load-error')).toHaveCount(0);
	await expect(page.getByTestId('write-notice')).toHaveCount(0);
	await page.goto('/quiz');
	await expect(page.getByRole('button', { name: /Bắt đầu/ })).toBeVisible();
});
