import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Bank, FactsFile } from '../../src/lib/domain/types';
import { studyFirstCardThenOpenItsFact } from './helpers';

const facts = JSON.parse(readFileSync('questions/facts/vufo-quang-ninh.json', 'utf8')) as FactsFile;
const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;

test('the article marks every fact and a tap shows its questions and mastery', async ({ page }) => {
	await page.goto('/article');
	await expect(page.locator('article')).toHaveAttribute('lang', 'vi');
	const marks = page.locator('article .hl');
	// Every fact can be tapped (a list's items are one mark each; values shared by facts share a mark).
	const ids = (await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-facts') ?? '')))
		.flatMap((s) => s.split(' '))
		.sort();
	expect([...new Set(ids)]).toEqual(facts.facts.map((f) => f.id).sort());
	expect(await page.locator('article').innerText()).not.toContain('<mark');
	// Values are marked, not whole sentences (regression: almost the whole text was marked).
	const [markedChars, allChars] = await page
		.locator('article')
		.evaluate((a) => [
			[...a.querySelectorAll('p mark')].reduce((n, m) => n + (m.textContent ?? '').length, 0),
			[...a.querySelectorAll('p')].reduce((n, p) => n + (p.textContent ?? '').length, 0)
		]);
	expect(markedChars / allChars).toBeLessThan(0.45);
	// The "10" of "10 tổ chức PCPNN" belongs to the organisations fact only, not to the projects fact.
	const orgTen = page.locator('article .hl[data-facts~="ngo-projects-organisations"]');
	await expect(orgTen).toHaveText(['10']);
	await expect(page.locator('article .hl[data-facts~="ngo-projects-count"]')).toHaveText(['10']);
	expect(await orgTen.getAttribute('data-facts')).not.toContain('ngo-projects-count');

	// Open the mark holding a fact that has questions in the bank, by keyboard.
	const fact = facts.facts.find((f) => bank.questions.some((q) => q.factIds.includes(f.id)))!;
	const question = bank.questions.find((q) => q.factIds.includes(fact.id))!;
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	const mark = page.locator(`article .hl[data-facts~="${fact.id}"]`).first();
	await expect(mark).toBeVisible();
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
	const q = await studyFirstCardThenOpenItsFact(page, bank.questions);
	const item = page.getByTestId('fact-sheet').locator('li', { hasText: q.prompt }).first();
	await expect(item).toContainText('Đang học');
});

test("the fact sheet starts a quiz of that fact's questions", async ({ page }) => {
	await page.goto('/article');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await page.locator('article .hl[data-facts~="ngo-projects-organisations"]').first().click();
	const sheet = page.getByTestId('fact-sheet');
	const section = sheet.locator('section', {
		hasText: facts.facts.find((f) => f.id === 'ngo-projects-organisations')!.subject
	});
	await section.getByRole('link', { name: 'Luyện các câu này' }).click();
	await expect(page).toHaveURL(/\/quiz$/);
	const own = bank.questions.filter(
		(q) => q.factIds.includes('ngo-projects-organisations') && q.type !== 'flashcard'
	);
	await expect(page.getByText(`Câu 1/${own.length}`)).toBeVisible();
	const prompt = await page.locator('.question h2').innerText();
	expect(own.some((q) => prompt.length > 0 && q.prompt.includes(prompt.slice(0, 20)))).toBe(true);
});
