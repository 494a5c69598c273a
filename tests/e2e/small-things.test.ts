import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Bank } from '../../src/lib/domain/types';
import { studyFirstCardThenOpenItsFact } from './helpers';

// Regressions (issue 14): the ready-offline toast covered the mode tiles for 12 s on first launch; the deck
// details disclosure had no arrow; the fact sheet read "Đang học· ôn lại 2 thg 12".

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;

test('the first launch’s "ready offline" notice waits for the next screen, then sits in the header covering nothing', async ({
	page
}) => {
	// Every layout shift of the first page, as Lighthouse's CLS adds them up (none after an input here).
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: number };
		w.shifts = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number }[]) w.shifts += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/');
	await expect(page.getByTestId('pwa-status')).toHaveAttribute('data-sw-controlled', 'true');
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	const notice = page.getByTestId('offline-ready');
	expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThanOrEqual(
		0.02
	);
	await expect(notice).toHaveCount(0);

	// The next screen brings it, in the header.
	await page.getByRole('navigation').getByRole('link', { name: 'Thống kê' }).click();
	await expect(page.locator('header.topbar').getByTestId('offline-ready')).toBeVisible();
	await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
	await expect(notice).toBeVisible();
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

test.describe('in Hà Nội at noon', () => {
	test.use({ timezoneId: 'Asia/Ho_Chi_Minh' });

	test('a card learnt today reads "Đang học · ôn lại hôm nay" in the article', async ({ page }) => {
		// Its next step is due in minutes, which is today unless they cross midnight: read at the wall clock, the
		// test failed when run in the last minutes of a day. Noon there (05:00 UTC) leaves room either way.
		await page.clock.setFixedTime(Date.UTC(2026, 5, 15, 5, 0));
		const q = await studyFirstCardThenOpenItsFact(page, bank.questions);
		const state = page
			.getByTestId('fact-sheet')
			.locator('li', { hasText: q.prompt })
			.first()
			.locator('.state');
		await expect(state).toHaveText('Đang học · ôn lại hôm nay');
	});
});
