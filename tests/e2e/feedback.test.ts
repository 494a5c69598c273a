import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerQuestion, currentQuestion, openWithBank, type BankQuestion } from './helpers';
import { setTextSize } from './text-size';

type Bank = Map<string, BankQuestion>;

/** Answers right every question until `id` is on screen. */
async function reach(page: Page, bank: Bank, id: string): Promise<BankQuestion> {
	for (let i = 0; i < 20; i++) {
		await expect(page.locator('section.question')).toBeVisible();
		const q = await currentQuestion(page, bank);
		if (q.id === id) return q;
		await answerQuestion(page, q, true);
		await page
			.getByTestId('feedback')
			.getByRole('button', { name: /Câu tiếp|Xem kết quả/ })
			.click();
	}
	throw new Error(`${id} never came`);
}

const marks = (page: Page) => page.getByTestId('feedback').locator('blockquote mark');

/** Replaces navigator.vibrate with a recorder: window.buzz holds the durations asked for. */
async function recordVibrations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { buzz: number[] };
		w.buzz = [];
		Object.defineProperty(navigator, 'vibrate', { value: (ms: number) => (w.buzz.push(ms), true) });
	});
}
const buzzes = (page: Page) => page.evaluate(() => (window as unknown as { buzz: number[] }).buzz.length);

/** Leaves the feedback for the next question; true when that was the last one (results follow). */
async function goOn(page: Page): Promise<boolean> {
	const next = page.getByTestId('feedback').getByRole('button', { name: /Câu tiếp|Xem kết quả/ });
	const last = (await next.innerText()).includes('Xem kết quả');
	await next.click();
	return last;
}

/** Answers every question to the end, right or wrong as `right` says for the n-th. */
async function finish(page: Page, bank: Bank, right: (n: number) => boolean): Promise<void> {
	for (let n = 0; ; n++) {
		await answerQuestion(page, await currentQuestion(page, bank), right(n));
		if (await goOn(page)) return;
	}
}

/** Opens a quiz of one fact's questions and types `text` into its typed question. */
async function typeInto(page: Page, facts: string, id: string, text: string): Promise<Locator> {
	const bank = await openWithBank(page, `/quiz?facts=${facts}`);
	await reach(page, bank, id);
	const field = page.locator('section.question').getByRole('textbox');
	await field.fill(text);
	await field.press('Enter');
	return page.getByTestId('feedback');
}

test('a near miss on "name one of" shows every accepted answer, the letters that differ, and that it did not count', async ({
	page
}) => {
	const fb = await typeInto(
		page,
		'laos-northern-provinces',
		'laos-northern-provinces:typed',
		'Luông Pha Bng'
	);
	await expect(fb).toHaveAttribute('data-grade', 'near-miss');
	await expect(fb.getByTestId('counted')).toHaveText('Chưa tính là đúng: khác đáp án 1 chữ cái.');
	// The difference in words (not by colour alone), against the province it nearly was.
	await expect(fb.getByTestId('diff-notes')).toHaveText('thiếu «ă»');
	await expect(fb.getByTestId('letter-diff').locator('ins')).toHaveText(['ă']);
	await expect(fb.getByTestId('expected').locator('li')).toHaveText([
		'Hủa Phăn',
		'Luông Pha Băng',
		'Xay Nhạ By Ly'
	]);
	await expect(marks(page)).toHaveText(['Hủa Phăn', 'Luông Pha Băng', 'Xay Nhạ By Ly']);
	// It can still be counted right by the learner.
	await fb.getByRole('button', { name: 'Tính là đúng' }).click();
	await expect(fb.getByTestId('counted')).toHaveCount(0);
});

test('an answer without diacritics counts, and the other accepted answers are shown', async ({ page }) => {
	const fb = await typeInto(
		page,
		'laos-northern-provinces',
		'laos-northern-provinces:typed',
		'Luong Pha Bang'
	);
	await expect(fb).toHaveAttribute('data-grade', 'correct-no-diacritics');
	await expect(fb.getByTestId('counted')).toHaveText('Vẫn được tính là đúng.');
	await expect(fb.getByTestId('also-right')).toHaveText('Cũng đúng: Hủa Phăn; Xay Nhạ By Ly');
});

test('the quote marks only the "10" of the fact asked, and a false statement marks the true value', async ({
	page
}) => {
	// Its quote reads "... có 10 chương trình dự án được triển khai bởi 10 tổ chức PCPNN".
	const bank = await openWithBank(page, '/quiz?facts=ngo-projects-count');
	const seen = new Set<string>();
	for (let i = 0; i < 10; i++) {
		await expect(page.locator('section.question')).toBeVisible();
		const q = await currentQuestion(page, bank);
		await answerQuestion(page, q, false);
		// A match round of several facts marks each of its pairs' values, its "10" the one of this fact too; a
		// question that connects facts (how the 10 projects are made up) marks each fact it connects.
		await expect(page.getByTestId('feedback')).toBeVisible();
		if (q.type === 'match') {
			seen.add(q.type);
			await expect(marks(page).first()).toBeVisible();
			const texts = await marks(page).allInnerTexts();
			expect(texts.length).toBeGreaterThan(1);
			expect(texts.filter((t) => /^10\b/.test(t))).toEqual(['10 chương trình dự án']);
		} else if (!q.connects) {
			seen.add(q.type);
			await expect(marks(page)).toHaveText(['10 chương trình dự án']);
			// A quote without a typo of the article says nothing of the kind.
			await expect(page.getByTestId('feedback').getByTestId('sic')).toHaveCount(0);
		}
		if (await goOn(page)) break;
	}
	expect([...seen].sort()).toEqual(['choice', 'match', 'numeric', 'truefalse']);
});

test('a typo the article has stays in the quote, marked "[nguyên văn]" after it, in Vietnamese and in English', async ({
	page
}) => {
	// The article writes "cai nghiệm ma túy": the question says "cai nghiện", the quote keeps the article's words.
	let bank = await openWithBank(page, '/quiz?facts=ngo-field-drugs');
	await expect(page.locator('section.question')).toBeVisible();
	await answerQuestion(page, await currentQuestion(page, bank), false);
	const quote = page.getByTestId('feedback').locator('blockquote');
	await expect(quote).toContainText('cai nghiệm');
	// Its cloze also quotes "triệu trị" (for "điều trị"): one mark per kept typo, each right after its word.
	const sic = quote.getByTestId('sic').filter({ hasText: 'cai nghiện' });
	await expect(sic).toHaveCount(1);
	await expect(sic).toContainText('[nguyên văn]');
	// Read out with the spelling meant.
	await expect(sic).toContainText('đúng là «cai nghiện»');
	expect(await quote.evaluate((b) => b.textContent!.replace(/\s+/g, ' '))).toMatch(
		/cai nghiệm\[nguyên văn\]/
	);

	await page.goto('/settings');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByTestId('settings-saved').waitFor();
	bank = await openWithBank(page, '/quiz?facts=ngo-field-drugs');
	await expect(page.locator('section.question')).toBeVisible();
	await answerQuestion(page, await currentQuestion(page, bank), false);
	const en = page.getByTestId('feedback').getByTestId('sic').first();
	await expect(en).toContainText('[sic]');
	await expect(en).toHaveAttribute('lang', 'en');
	// The spelling meant is Vietnamese inside the English note, and says so (screen readers switch voice).
	await expect(en).toContainText('correctly “');
	await expect(en.locator('[lang="vi"]')).toHaveText(/^(cai nghiện|điều trị)$/);
});

test('a wrong answer vibrates briefly and a perfect quiz celebrates, unless switched off or motion is reduced', async ({
	page
}) => {
	await recordVibrations(page);
	let bank = await openWithBank(page, '/quiz?facts=ngo-projects-count');
	await answerQuestion(page, await currentQuestion(page, bank), false);
	await expect(page.getByTestId('feedback')).toBeVisible();
	expect(await buzzes(page)).toBe(1);
	// Skipping is a choice, not a slip: no buzz.
	await page.getByTestId('feedback').getByRole('button', { name: 'Câu tiếp' }).click();
	await page.getByRole('button', { name: 'Tôi không biết' }).click();
	await expect(page.getByTestId('feedback')).toBeVisible();
	expect(await buzzes(page)).toBe(1);

	// All right: the results celebrate.
	bank = await openWithBank(page, '/quiz?facts=ngo-projects-organisations');
	await finish(page, bank, () => true);
	await expect(page.getByTestId('celebration')).toBeAttached();

	// Switched off in settings: neither plays.
	await page.goto('/settings');
	await page.getByLabel('Rung nhẹ khi trả lời sai').uncheck();
	await page.getByLabel(/Chúc mừng khi đúng hết/).uncheck();
	await expect(page.getByTestId('settings-status')).toHaveText('Đã lưu.');
	await page.reload();
	await expect(page.getByLabel('Rung nhẹ khi trả lời sai')).not.toBeChecked();
	bank = await openWithBank(page, '/quiz?facts=ngo-projects-count');
	await answerQuestion(page, await currentQuestion(page, bank), false);
	await expect(page.getByTestId('feedback')).toBeVisible();
	expect(await buzzes(page)).toBe(0);
});

test('with reduced motion a wrong answer does not vibrate and a perfect quiz shows no burst', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await recordVibrations(page);
	const bank = await openWithBank(page, '/quiz?facts=ngo-projects-organisations');
	// The first wrong (no buzz), then a retry of it right: a perfect quiz (no burst).
	await finish(page, bank, (n) => n > 0);
	await page.getByRole('button', { name: 'Làm lại các câu sai' }).click();
	await finish(page, bank, () => true);
	await expect(page.getByTestId('score-pct')).toBeVisible();
	expect(await buzzes(page)).toBe(0);
	await expect(page.getByTestId('celebration')).toHaveCount(0);
});

test('learn has a title and its progress moves with every right answer', async ({ page }) => {
	const bank = await openWithBank(page, '/learn');
	await expect(page.getByRole('heading', { level: 1, name: 'Học' })).toBeVisible();
	const bar = page.getByTestId('learn-progress').getByRole('progressbar');
	await expect(bar).toHaveAttribute('aria-valuenow', '0');
	await expect(bar).toHaveAttribute('aria-valuemax', '14');
	await answerQuestion(page, await currentQuestion(page, bank), true);
	await expect(bar).toHaveAttribute('aria-valuenow', '1');
	await expect(page.getByTestId('learn-legend')).toContainText('Đã quen: 1');
	await expect(page.getByTestId('learn-progress').locator('.pips .pair[data-steps="1"]')).toHaveCount(1);
});

test('a card failed a minute ago is still due: the day is not "done" (learn ahead)', async ({ page }) => {
	await page.goto('/settings');
	await page.locator('#goal').fill('1');
	await page.locator('#goal').press('Enter');
	await expect(page.getByTestId('settings-status')).toHaveText('Đã lưu.');
	await page.goto('/study');
	const card = page.getByTestId('flashcard');
	const id = await card.getAttribute('data-question-id');
	await page.getByTestId('flip').click();
	await page.getByTestId('grade-1').click();
	// Due again in about a minute: shown again at once, counted as due, and no "done" screen.
	await expect(page.getByTestId('done')).toHaveCount(0);
	await expect(card).toHaveAttribute('data-question-id', id!);
	await expect(page.getByTestId('queue-counts')).toContainText('Đến hạn: 1');
});

test.describe('on a 320x568 phone at 200% text', () => {
	test.use({ viewport: { width: 320, height: 568 } });

	test('the grade bar stays short, in view above the tab bar, with no label cut', async ({ page }) => {
		await setTextSize(page, 2);
		await page.goto('/study');
		await page.getByTestId('flip').click();
		const boxes = await Promise.all([1, 2, 3, 4].map((r) => page.getByTestId(`grade-${r}`).boundingBox()));
		const top = Math.min(...boxes.map((b) => b!.y));
		const bottom = Math.max(...boxes.map((b) => b!.y + b!.height));
		// Was about 220 px, most of what the tab bar leaves of the screen.
		expect(bottom - top).toBeLessThanOrEqual(150);
		const tabBar = await page.getByRole('navigation', { name: 'Điều hướng chính' }).boundingBox();
		expect(bottom).toBeLessThanOrEqual(tabBar!.y);
		// (One pixel of slack for sub-pixel line heights.)
		for (const r of [1, 2, 3, 4]) {
			const cut = await page
				.getByTestId(`grade-${r}`)
				.evaluate((b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1);
			expect(cut).toBe(false);
		}
	});
});
