import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Bank } from '../../src/lib/domain/types';
import { readStore } from './helpers';

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;
const flashcards = new Map(bank.questions.filter((q) => q.type === 'flashcard').map((q) => [q.id, q]));

const card = (page: Page) => page.getByTestId('flashcard');
const currentId = async (page: Page) => (await card(page).getAttribute('data-question-id')) ?? '';
const newCount = async (page: Page) => {
	const text = await page.getByTestId('queue-counts').innerText();
	return Number(/(?:Thẻ mới|New):\s*(\d+)/.exec(text)?.[1]);
};

async function open(page: Page) {
	await page.goto('/study');
	await expect(card(page)).toBeVisible();
	expect(flashcards.has(await currentId(page))).toBe(true);
}

test('a card graded Good waits until every other card of the day is done (learn ahead), also after a reload', async ({
	page
}) => {
	await open(page);
	const first = await currentId(page);
	const before = await newCount(page);
	await expect(card(page)).toContainText(flashcards.get(first)!.prompt);

	// Flipping changes no layout: the card keeps its box.
	const front = await card(page).boundingBox();
	await page.getByTestId('flip').click();
	await expect(card(page)).toHaveAttribute('data-revealed', 'true');
	await expect(page.getByTestId('card-answer')).toBeVisible();
	expect(await card(page).boundingBox()).toEqual(front);
	// Each grade shows the interval it would give.
	await expect(page.getByTestId('grade-3')).toContainText(/Nhớ\s*\d/);
	await page.getByTestId('grade-3').click();

	await expect(card(page)).not.toHaveAttribute('data-question-id', first);
	expect(await newCount(page)).toBe(before - 1);

	await page.reload();
	await expect(card(page)).toBeVisible();
	expect(await newCount(page)).toBe(before - 1);
	// Walk the rest of today's queue: the graded card does not come back before the others are done.
	const seen: string[] = [];
	for (let i = 0; i < before - 1; i++) {
		const id = await currentId(page);
		expect(id).not.toBe(first);
		seen.push(id);
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
		await expect(card(page).or(page.getByTestId('done'))).not.toHaveAttribute('data-question-id', id);
	}
	expect(new Set(seen).size).toBe(seen.length);
	// Its next step is due in minutes, within the learn-ahead limit: it is shown last, not "done" while it waits.
	await expect(card(page)).toHaveAttribute('data-question-id', first);
	await page.keyboard.press('Space');
	await page.keyboard.press('4');
	await expect(page.getByTestId('done')).toContainText('Hôm nay bạn đã ôn xong');
});

test('Space flips, keys 1-4 grade, and siblings are not back to back', async ({ page }) => {
	await open(page);
	const seen: string[] = [];
	for (const key of ['3', '4', '2', '3']) {
		const id = await currentId(page);
		seen.push(id);
		await expect(card(page)).toHaveAttribute('data-revealed', 'false');
		// A grade key before the flip does nothing: no review is written (checked below, once the flip's
		// grade has been written, so a stray write could not still be on its way) and the card stays.
		const before = (await readStore(page, 'reviews')).length;
		await page.keyboard.press(key);
		await expect(card(page)).toHaveAttribute('data-revealed', 'false');
		await expect(card(page)).toHaveAttribute('data-question-id', id);
		await page.keyboard.press('Space');
		await expect(card(page)).toHaveAttribute('data-revealed', 'true');
		await page.keyboard.press(key);
		await expect(card(page)).not.toHaveAttribute('data-question-id', id);
		// Exactly one review: the grade after the flip. The key pressed before it wrote nothing.
		expect(await readStore(page, 'reviews')).toHaveLength(before + 1);
	}
	for (let i = 1; i < seen.length; i++) {
		const a = flashcards.get(seen[i - 1]!)!.factIds;
		const b = flashcards.get(seen[i]!)!.factIds;
		expect(a.filter((f) => b.includes(f))).toEqual([]);
	}
});

test('undo puts the last card back, by button and by Ctrl+Z', async ({ page }) => {
	await open(page);
	const before = await newCount(page);
	const first = await currentId(page);
	await expect(page.getByTestId('undo')).toBeDisabled();

	await page.keyboard.press('Space');
	await page.keyboard.press('1');
	await expect(card(page)).not.toHaveAttribute('data-question-id', first);
	await page.getByTestId('undo').click();
	await expect(card(page)).toHaveAttribute('data-question-id', first);
	await expect(card(page)).toHaveAttribute('data-revealed', 'false');
	expect(await newCount(page)).toBe(before);

	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(card(page)).not.toHaveAttribute('data-question-id', first);
	await page.keyboard.press('Control+z');
	await expect(card(page)).toHaveAttribute('data-question-id', first);

	// The undone grade is gone from storage too: after a reload the card is still new and first in line.
	await page.reload();
	await expect(card(page)).toHaveAttribute('data-question-id', first);
	expect(await newCount(page)).toBe(before);
});

test('swiping right grades Good and swiping left grades Again', async ({ page }) => {
	await open(page);
	const box = async () => (await card(page).boundingBox())!;
	for (const dir of [1, -1]) {
		const id = await currentId(page);
		await page.getByTestId('flip').click();
		const b = await box();
		const y = b.y + b.height / 2;
		await page.mouse.move(b.x + b.width / 2, y);
		await page.mouse.down();
		for (let step = 1; step <= 6; step++) await page.mouse.move(b.x + b.width / 2 + dir * step * 25, y);
		await page.mouse.up();
		await expect(card(page)).not.toHaveAttribute('data-question-id', id);
		await expect(card(page)).toHaveAttribute('data-revealed', 'false');
	}
	// A short drag is not a swipe: the card stays.
	const id = await currentId(page);
	await page.getByTestId('flip').click();
	const b = await box();
	await page.mouse.move(b.x + 100, b.y + 100);
	await page.mouse.down();
	await page.mouse.move(b.x + 140, b.y + 100);
	await page.mouse.up();
	await expect(card(page)).toHaveAttribute('data-question-id', id);
	// Two grades were recorded: both can be undone.
	await page.getByTestId('undo').click();
	await page.getByTestId('undo').click();
	await expect(page.getByTestId('undo')).toBeDisabled();
});

// Regression: the card element was reused for the next question, so its answer face faded out over the new
// prompt for a moment after grading, showing the next card's answer.
test("the next card's answer is hidden from the first frame after grading", async ({ page }) => {
	await open(page);
	const first = await currentId(page);
	await page.getByTestId('flip').click();
	await expect(card(page)).toHaveAttribute('data-revealed', 'true');
	// Grade and read the new card's answer face in the same task, before any transition can run.
	const backFace = await page.evaluate(async (firstId) => {
		(document.querySelector('[data-testid="grade-3"]') as HTMLButtonElement).click();
		for (let i = 0; i < 200; i++) {
			const el = document.querySelector('[data-testid="flashcard"]');
			if (el && el.getAttribute('data-question-id') !== firstId) {
				const back = el.querySelector('.back') as HTMLElement;
				const style = getComputedStyle(back);
				return { visibility: style.visibility, opacity: Number(style.opacity) };
			}
			await new Promise(requestAnimationFrame);
		}
		return null;
	}, first);
	expect(backFace).not.toBeNull();
	expect(backFace!.visibility).toBe('hidden');
	expect(backFace!.opacity).toBe(0);
});

/** Grades new cards Easy until the one shown keeps a typo of the article in its quote (`source.sic`). */
async function toCardWithSic(page: Page) {
	for (let i = 0; i < 100; i++) {
		const id = await currentId(page);
		const q = flashcards.get(id)!;
		if (q.source.sic?.length) return q;
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
		await expect(card(page)).not.toHaveAttribute('data-question-id', id);
	}
	throw new Error('No card with a kept typo among the first 100');
}

test('a card whose quote keeps a typo of the article says "[nguyên văn]" after it, as the quiz does, and "[sic]" in English', async ({
	page
}) => {
	// The first such card comes after some 70 others (the cards it would give away are buried): a day's goal of
	// 100 new cards reaches it.
	await page.goto('/settings');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	const goal = page.getByLabel('Số thẻ mới mỗi ngày');
	await goal.fill('100');
	await goal.press('Tab');
	await expect(page.getByTestId('settings-status')).toHaveText('Đã lưu.');
	await open(page);
	const q = await toCardWithSic(page);
	await page.getByTestId('flip').click();
	const quote = card(page).locator('blockquote');
	const { written, meant } = q.source.sic![0]!;
	await expect(quote).toContainText(written);
	const sic = quote.getByTestId('sic').filter({ hasText: meant }).first();
	await expect(sic).toContainText('[nguyên văn]');
	await expect(sic).toHaveAttribute('lang', 'vi');
	// Right after the word the article misspells, and read out with the spelling meant.
	expect(await quote.evaluate((b) => b.textContent!.replace(/\s+/g, ' '))).toContain(
		`${written}[nguyên văn]`
	);
	await expect(sic).toContainText(`đúng là «${meant}»`);
	// The answer is still marked where the quote states it.
	await expect(quote.locator('mark').first()).toBeVisible();

	// In English the note is "[sic]", in English; the card, not graded, is shown again.
	await page.goto('/settings');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByTestId('settings-saved').waitFor();
	await page.goto('/study');
	await expect(card(page)).toHaveAttribute('data-question-id', q.id);
	await page.getByTestId('flip').click();
	const en = card(page).locator('blockquote').getByTestId('sic').filter({ hasText: meant }).first();
	await expect(en).toContainText('[sic]');
	await expect(en).toHaveAttribute('lang', 'en');
	// The spelling meant is Vietnamese inside the English note.
	await expect(en.locator('[lang="vi"]')).toHaveText(meant);
});
