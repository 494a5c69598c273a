import { expect, test, type Page } from '@playwright/test';
import { openWithBank } from './helpers';

// Regression (issue 14): the finished board kept every tile in place, all green, so reading across a row paired
// "Nguyễn Văn Doanh" with some other person's post; a selected tile looked like a matched one; "Ghép sai 1+1 giây"
// read as a sum.

// Colours are read from computed styles: without motion they are final at once, not mid-transition.
test.use({ reducedMotion: 'reduce' });

async function open(page: Page) {
	const bank = await openWithBank(page, '/match');
	const pairs = [...bank.values()].filter((q) => q.type === 'match').flatMap((q) => q.pairs ?? []);
	await page.getByTestId('match-start').click();
	const left = page.getByTestId('match-left');
	const right = page.getByTestId('match-right');
	const lefts = (await left.getByRole('button').allInnerTexts()).map((t) => t.trim());
	const rights = (await right.getByRole('button').allInnerTexts()).map((t) => t.trim());
	const partner = (l: string) => rights.find((r) => pairs.some(([a, b]) => a === l && b === r)) as string;
	return { left, right, lefts, rights, partner };
}

const background = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => getComputedStyle(el).backgroundColor);

test('joined pairs leave the board for a numbered list that reads as true pairs', async ({ page }) => {
	const { left, right, lefts, rights, partner } = await open(page);
	const [first, second] = lefts as [string, string];

	// Selected: pressed and filled with the accent, unlike an idle tile.
	const tile = left.getByRole('button', { name: first, exact: true });
	await tile.click();
	await expect(tile).toHaveAttribute('aria-pressed', 'true');
	// Polled: the colour eases in (a short transition).
	const idle = await background(page, '.tile:not(.selected)');
	await expect.poll(() => background(page, '.tile.selected')).not.toBe(idle);
	const selected = await background(page, '.tile.selected');

	// A wrong pair: a miss, told as a count and the time it adds.
	await right.getByRole('button', { name: rights.find((r) => r !== partner(first)), exact: true }).click();
	await expect(page.getByTestId('match-misses')).toHaveText('Ghép sai: 1 (+1 giây)');

	// A right pair: both tiles leave the board (their places stay, so nothing moves under the finger) ...
	await tile.click();
	await right.getByRole('button', { name: partner(first), exact: true }).click();
	await expect(left.getByRole('button', { name: first, exact: true })).toBeHidden();
	await expect(right.getByRole('button', { name: partner(first), exact: true })).toBeHidden();
	await expect(left.getByRole('listitem')).toHaveCount(lefts.length);
	// ... and the pair is listed on one line, numbered, looking unlike a selected tile.
	const joined = page.getByTestId('match-joined').getByRole('listitem');
	await expect(joined).toHaveCount(1);
	await expect(joined.first()).toHaveText(`${first} → ${partner(first)}`);
	expect(await background(page, '[data-testid="match-joined"] li')).not.toBe(selected);

	await left.getByRole('button', { name: second, exact: true }).click();
	await right.getByRole('button', { name: partner(second), exact: true }).click();
	for (const l of lefts.slice(2)) {
		await left.getByRole('button', { name: l, exact: true }).click();
		await right.getByRole('button', { name: partner(l), exact: true }).click();
	}

	// Finished: no board left to misread, every pair in the order joined.
	await expect(page.getByTestId('match-time')).toBeVisible();
	await expect(left).toHaveCount(0);
	await expect(joined).toHaveText(lefts.map((l) => `${l} → ${partner(l)}`));
	await expect(page.getByText('1 lần ghép sai')).toBeVisible();
});

test('in English a single miss is "1 wrong pair"', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByTestId('settings-saved').waitFor();
	const { right, rights, lefts, partner } = await open(page);
	await page.getByTestId('match-left').getByRole('button', { name: lefts[0], exact: true }).click();
	await right
		.getByRole('button', { name: rights.find((r) => r !== partner(lefts[0] as string)), exact: true })
		.click();
	await expect(page.getByTestId('match-misses')).toHaveText('Wrong pairs: 1 (+1 s)');
	for (const l of lefts) {
		await page.getByTestId('match-left').getByRole('button', { name: l, exact: true }).click();
		await right.getByRole('button', { name: partner(l), exact: true }).click();
	}
	await expect(page.getByText('1 wrong pair', { exact: false })).toBeVisible();
	await expect(page.getByText('1 wrong pairs')).toHaveCount(0);
});
