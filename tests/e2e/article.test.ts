import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Bank, FactsFile } from '../../src/lib/domain/types';

const facts = JSON.parse(readFileSync('questions/facts/vufo-quang-ninh.json', 'utf8')) as FactsFile;
const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;

test('the article marks every fact and a tap shows its questions and mastery', async ({ page }) => {
	await page.goto('/article');
	await expect(page.locator('article')).toHaveAttribute('lang', 'vi');
	const marks = page.locator('article .hl');
	// Every fact id sits in exactly one mark (overlapping quotes share a mark).
	const ids = (await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-facts') ?? '')))
		.flatMap((s) => s.split(' '))
		.sort();
	expect(ids).toEqual(facts.facts.map((f) => f.id).sort());
	expect(await page.locator('article').innerText()).not.toContain('<mark');

	// Open the mark holding a fact that has questions in the bank, by keyboard.
	const fact = facts.facts.find((f) => bank.questions.some((q) => q.factIds.includes(f.id)))!;
	const question = bank.questions.find((q) => q.factIds.includes(fact.id))!;
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	const mark = page.locator(`article .hl[data-facts~="${fact.id}"]`);
	await expect(mark).toContainText(fact.quote.slice(0, 20));
	await mark.focus();
	await page.keyboard.press('Enter');
	const sheet = page.getByRole('dialog', { name: 'Ý chính trong đoạn này' });
	await expect(sheet).toBeVisible();
	await expect(sheet.getByRole('heading', { name: fact.subject })).toBeVisible();
	await expect(sheet).toContainText(question.prompt);
	await expect(sheet).toContainText('Chưa học');
	await page.keyboard.press('Escape');
	await expect(sheet).toBeHidden();

	// And by touch.
	await page.locator('article .hl').first().tap();
	await expect(sheet).toBeVisible();
	await sheet.getByRole('button', { name: 'Đóng' }).click();
	await expect(sheet).toBeHidden();
});

test('studying a fact shows up as mastery in the article', async ({ page }) => {
	await page.goto('/study');
	const id = await page.getByTestId('flashcard').getAttribute('data-question-id');
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(page.getByTestId('flashcard')).not.toHaveAttribute('data-question-id', id!);
	const q = bank.questions.find((x) => x.id === id)!;
	await page.goto('/article');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await page.locator(`article .hl[data-facts~="${q.factIds[0]}"]`).click();
	const item = page.getByTestId('fact-sheet').locator('li', { hasText: q.prompt }).first();
	await expect(item).toContainText('Đang học');
});
