import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openWithBank, readStore } from './helpers';

/**
 * Opens /match, closes the one-time "ready offline" toast (it sits over the page's last buttons) as a learner
 * would, and returns every pair of the bank's match questions, as the page fetched them.
 */
async function openMatch(page: Page): Promise<[string, string][]> {
	const bank = await openWithBank(page, '/match');
	return [...bank.values()].filter((q) => q.type === 'match').flatMap((q) => q.pairs ?? []);
}

async function playBoard(page: Page, pairs: [string, string][], missFirst: boolean) {
	const left = page.getByRole('list', { name: 'Cột trái' });
	const right = page.getByRole('list', { name: 'Cột phải' });
	const lefts = (await left.getByRole('button').allInnerTexts()).map((t) => t.trim());
	const rights = (await right.getByRole('button').allInnerTexts()).map((t) => t.trim());
	expect(lefts.length).toBeGreaterThanOrEqual(4);
	expect(lefts.length).toBeLessThanOrEqual(6);
	const partner = (l: string) => rights.find((r) => pairs.some(([a, b]) => a === l && b === r)) as string;
	if (missFirst) {
		const l = lefts[0] as string;
		await left.getByRole('button', { name: l, exact: true }).click();
		await right.getByRole('button', { name: rights.find((r) => r !== partner(l)), exact: true }).click();
		await expect(page.getByTestId('match-misses')).toHaveText('Ghép sai: 1 (+1 giây)');
	}
	for (const l of lefts) {
		await left.getByRole('button', { name: l, exact: true }).click();
		await right.getByRole('button', { name: partner(l), exact: true }).click();
	}
}

test('the match game completes a board, counts a miss as a 1 s penalty and keeps the best time', async ({
	page
}) => {
	const pairs = await openMatch(page);
	await expect(page.getByTestId('best-time')).toHaveText('chưa có');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await playBoard(page, pairs, true);
	await expect(page.getByRole('heading', { name: 'Hoàn thành!' })).toBeVisible();
	await expect(page.getByText('Kỷ lục mới!')).toBeVisible();
	await expect(page.getByText('1 lần ghép sai')).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	const time = await page.getByTestId('match-time').innerText();
	// At least the 1 s penalty.
	expect(Number(time.replace(' giây', '').replace(',', '.'))).toBeGreaterThanOrEqual(1);
	await expect(page.getByTestId('best-time')).toHaveText(time);

	// The best time survives a reload (once written: the screen shows it a moment before it is on disk).
	await expect
		.poll(async () => {
			const [settings] = await readStore<{ matchBest?: Record<string, number> }>(page, 'settings');
			return Object.keys(settings?.matchBest ?? {}).length;
		})
		.toBe(1);
	await page.reload();
	await expect(page.getByTestId('best-time')).toHaveText(time);

	// Play again without a miss: a better time replaces the best.
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await playBoard(page, pairs, false);
	await expect(page.getByText('0 lần ghép sai')).toBeVisible();
	await page.getByRole('button', { name: 'Chơi lại' }).click();
	await expect(page.getByRole('list', { name: 'Cột trái' })).toBeVisible();
});

test('the figures game is playable with the keyboard', async ({ page }) => {
	const pairs = await openMatch(page);
	await page.getByRole('radio', { name: 'Con số và ý nghĩa' }).check();
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	const left = page.getByRole('list', { name: 'Cột trái' });
	const right = page.getByRole('list', { name: 'Cột phải' });
	const lefts = (await left.getByRole('button').allInnerTexts()).map((t) => t.trim());
	const rights = (await right.getByRole('button').allInnerTexts()).map((t) => t.trim());
	for (const l of lefts) {
		const r = rights.find((x) => pairs.some(([a, b]) => a === l && b === x)) as string;
		await left.getByRole('button', { name: l, exact: true }).focus();
		await page.keyboard.press('Enter');
		await right.getByRole('button', { name: r, exact: true }).focus();
		await page.keyboard.press('Space');
	}
	await expect(page.getByRole('heading', { name: 'Hoàn thành!' })).toBeVisible();
});
