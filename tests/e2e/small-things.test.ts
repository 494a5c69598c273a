import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Bank } from '../../src/lib/domain/types';

// Regressions (issue 14): the ready-offline toast covered the mode tiles for 12 s on first launch; the deck
// details disclosure had no arrow; the fact sheet read "Đang học· ôn lại 2 thg 12".

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;

test('the first launch’s "ready offline" notice sits in the header and covers no mode tile', async ({
	page
}) => {
	await page.goto('/');
	const notice = page.getByTestId('offline-ready');
	await expect(notice).toBeVisible();
	await expect(page.locator('header.topbar').getByTestId('offline-ready')).toBeVisible();
	const box = (await notice.boundingBox())!;
	// No tile shares a pixel with the notice.
	const covered = await page.locator('main a.mode').evaluateAll(
		(tiles, n) =>
			tiles
				.filter((t) => {
					const r = t.getBoundingClientRect();
					return r.left < n.x + n.width && r.right > n.x && r.top < n.y + n.height && r.bottom > n.y;
				})
				.map((t) => t.textContent?.trim()),
		box
	);
	expect(covered).toEqual([]);
	await notice.getByRole('button', { name: 'Đóng' }).click();
	await expect(notice).toHaveCount(0);
});

test('the deck details disclosure shows an arrow that turns when it opens', async ({ page }) => {
	await page.goto('/');
	const summary = page.locator('main details summary');
	const arrow = () => summary.evaluate((el) => getComputedStyle(el, '::before').transform);
	expect(await summary.evaluate((el) => getComputedStyle(el, '::before').borderRightWidth)).not.toBe('0px');
	const closed = await arrow();
	await summary.click();
	await expect(page.locator('main details')).toHaveAttribute('open', '');
	await expect.poll(arrow).not.toBe(closed);
});

test('a card learnt today reads "Đang học · ôn lại hôm nay" in the article', async ({ page }) => {
	await page.goto('/study');
	const id = await page.getByTestId('flashcard').getAttribute('data-question-id');
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(page.getByTestId('flashcard')).not.toHaveAttribute('data-question-id', id!);
	const q = bank.questions.find((x) => x.id === id)!;
	await page.goto('/article');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await page.locator(`article .hl[data-facts~="${q.factIds[0]}"]`).click();
	const state = page.getByTestId('fact-sheet').locator('li', { hasText: q.prompt }).first().locator('.state');
	await expect(state).toHaveText('Đang học · ôn lại hôm nay');
});
