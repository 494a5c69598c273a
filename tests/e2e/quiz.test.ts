import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	answerQuestion,
	currentQuestion,
	firstAnswer,
	openQuiz as openQuizPage,
	quoteText,
	readStore,
	type BankQuestion as Q
} from './helpers';

/**
 * Opens /quiz, then closes the one-time "ready offline" toast as a learner would (it sits above the tab bar,
 * over the page's last buttons) before answering anything. Returns the bank as the page fetched it.
 */
async function openQuiz(page: Page): Promise<Map<string, Q>> {
	const bank = await openQuizPage(page);
	return bank;
}

/**
 * Answers the question on screen, right or wrong, by touch or keyboard depending on the type. Unlike the
 * shared answerQuestion, a choice is picked with keys 1-4, and a text field's phone keyboard is checked first.
 */
async function answer(page: Page, q: Q, right: boolean) {
	if (q.type === 'choice') {
		const pick = right ? firstAnswer(q.answer) : (q.choices ?? []).find((c) => c !== firstAnswer(q.answer));
		const i = (q.choices ?? []).indexOf(pick as string);
		// Keyboard: keys 1-4 follow the options.
		await page.keyboard.press(String(i + 1));
		return;
	}
	if (q.type === 'cloze' || q.type === 'typed' || q.type === 'numeric') {
		const field = page.locator('section.question').getByRole('textbox');
		await expect(field).toHaveAttribute('autocapitalize', 'off');
		await expect(field).toHaveAttribute('autocorrect', 'off');
		await expect(field).toHaveAttribute('spellcheck', 'false');
		if (q.type === 'numeric') await expect(field).toHaveAttribute('inputmode', 'decimal');
	}
	await answerQuestion(page, q, right);
}

/** Answers `n` questions (all when n is undefined) and returns the types seen. */
async function answerAll(page: Page, bank: Map<string, Q>, right: boolean, n?: number): Promise<Set<string>> {
	const types = new Set<string>();
	for (let i = 0; n === undefined || i < n; i++) {
		const question = page.locator('section.question');
		const results = page.getByTestId('score-pct');
		await expect(question.or(results).first()).toBeVisible();
		if (await results.isVisible()) break;
		const q = await currentQuestion(page, bank);
		types.add(q.type);
		await answer(page, q, right);
		const fb = page.getByTestId('feedback');
		await expect(fb).toBeVisible();
		await expect(fb).toHaveAttribute('data-grade', right ? 'correct' : /wrong|near-miss/);
		// The article's sentence is shown with the answer, verbatim (a typo it keeps is followed by a note, so
		// the text is read without the note: the question drawn may be one whose quote has one).
		expect(await quoteText(fb.locator('blockquote'))).toBe(q.source.quote);
		// Keyboard: focus is on "next", Enter goes on.
		await expect(fb.getByRole('button', { name: /Câu tiếp|Xem kết quả/ })).toBeFocused();
		await page.keyboard.press('Enter');
		// The next question comes once the answer is saved.
		await expect(fb).toBeHidden();
	}
	return types;
}

async function chooseTypes(page: Page, types: string[]) {
	for (const t of types) await page.getByRole('checkbox', { name: t, exact: true }).check();
}

test('a learner who knows every answer scores 100%, in every question type', async ({ page }) => {
	const bank = await openQuiz(page);
	await page.getByRole('radio', { name: 'Tất cả' }).check();
	await chooseTypes(page, ['Chọn nhiều đáp án', 'Ghép cặp', 'Điền số', 'Tự gõ đáp án']);
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	const seen = await answerAll(page, bank, true);
	expect([...seen].sort()).toEqual(['match', 'multi', 'numeric', 'typed']);
	await expect(page.getByTestId('score-pct')).toHaveText('100%');
	await expect(page.getByText('Bạn trả lời đúng tất cả các câu. Giỏi lắm!')).toBeVisible();

	// A second quiz over the other types: choice (keys), true/false and cloze.
	await page.getByRole('button', { name: 'Làm bài mới' }).click();
	await chooseTypes(page, ['Trắc nghiệm', 'Đúng / Sai', 'Điền vào chỗ trống']);
	await page.getByRole('radio', { name: '20 câu' }).check();
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await expect(page.getByText('Câu 1/20')).toBeVisible();
	const seen2 = await answerAll(page, bank, true);
	expect([...seen2].every((t) => ['choice', 'truefalse', 'cloze'].includes(t))).toBe(true);
	await expect(page.getByTestId('score-line')).toHaveText('20/20 câu đúng');
	await expect(page.getByTestId('score-pct')).toHaveText('100%');
});

test('a learner who answers wrong sees the mistakes with the source sentences, and can retry them', async ({
	page
}) => {
	const bank = await openQuiz(page);
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await answerAll(page, bank, false);
	await expect(page.getByTestId('score-pct')).toHaveText('0%');
	await expect(page.getByTestId('score-line')).toHaveText('0/10 câu đúng');
	const items = page.getByTestId('mistakes').locator('> li');
	await expect(items).toHaveCount(10);
	// Each mistake shows the prompt, the answer given, the right answer and the article's sentence.
	for (const li of await items.all()) {
		// What was typed ("Bạn trả lời: …") or picked ("Bạn chọn «Sai»").
		await expect(li.getByText(/^Bạn (trả lời:|chọn)/).first()).toBeVisible();
		await expect(li.getByText('Đáp án:')).toBeVisible();
		await expect(li.locator('blockquote')).not.toBeEmpty();
	}
	// Every answer was wrong, so the mistakes are the questions in the order asked. The first is found by the
	// attempt's ids, not by its prompt: several match rounds share one prompt but quote different sentences.
	const [attempt] = await readStore<{ questionIds: string[] }>(page, 'attempts');
	const asked = bank.get(attempt?.questionIds[0] ?? '');
	expect(asked).toBeDefined();
	await expect(items.first().locator('.prompt')).toHaveText(asked?.prompt ?? '');
	expect(await quoteText(items.first().locator('blockquote'))).toBe(asked?.source.quote);

	await page.getByRole('button', { name: 'Làm lại các câu sai' }).click();
	await expect(page.getByText('Câu 1/10')).toBeVisible();
	await answerAll(page, bank, true);
	await expect(page.getByTestId('score-pct')).toHaveText('100%');
});

test('a wrong typed answer can be overruled and counts as right', async ({ page }) => {
	const bank = await openQuiz(page);
	await chooseTypes(page, ['Tự gõ đáp án']);
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	const q = await currentQuestion(page, bank);
	await answer(page, q, false);
	const fb = page.getByTestId('feedback');
	await expect(fb).toContainText('Chưa đúng');
	await fb.getByRole('button', { name: 'Tính là đúng' }).click();
	await expect(fb).toContainText('Đã tính là đúng');
	await expect(fb.getByRole('button', { name: 'Tính là đúng' })).toHaveCount(0);
	// The log keeps the checker's Again and appends a correcting Good; the quiz answer is marked overruled.
	await expect
		.poll(() => readStore<{ questionId: string; rating: number; correct: boolean }>(page, 'reviews'))
		.toEqual([
			expect.objectContaining({ questionId: q.id, rating: 1, correct: false }),
			expect.objectContaining({ questionId: q.id, rating: 3, correct: true })
		]);
	const [attempt] = await readStore<{
		answers: ({ correct: boolean; overruled?: boolean; grade: string } | null)[];
	}>(page, 'attempts');
	expect(attempt?.answers[0]).toEqual(
		expect.objectContaining({ correct: true, overruled: true, grade: 'wrong' })
	);
	await fb.getByRole('button', { name: 'Câu tiếp' }).click();
	await expect(fb).toBeHidden();
	await answerAll(page, bank, true);
	await expect(page.getByTestId('score-pct')).toHaveText('100%');
});

test('a reload in the middle of a quiz loses nothing: resume, finish, results survive a reload', async ({
	page
}) => {
	const bank = await openQuiz(page);
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await answerAll(page, bank, true, 3);
	await expect(page.getByText('Câu 4/10')).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Bạn đang làm dở một bài kiểm tra' })).toBeVisible();
	await expect(page.getByText('Đã trả lời 3/10 câu.')).toBeVisible();
	await page.getByRole('button', { name: 'Làm tiếp' }).click();
	await expect(page.getByText('Câu 4/10')).toBeVisible();
	await answerAll(page, bank, false, 2);
	await answerAll(page, bank, true);
	await expect(page.getByTestId('score-line')).toHaveText('8/10 câu đúng');
	await expect(page.getByTestId('score-pct')).toHaveText('80%');
	await expect(page).toHaveURL(/\?attempt=/);

	await page.reload();
	await expect(page.getByTestId('score-line')).toHaveText('8/10 câu đúng');
	await expect(page.getByTestId('mistakes').locator('> li')).toHaveCount(2);

	// Nothing is left unfinished: a fresh visit offers a new quiz, not a resume.
	await page.goto('/quiz');
	await expect(page.getByRole('button', { name: /Bắt đầu/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Làm tiếp' })).toHaveCount(0);
});

test('an unfinished quiz can be discarded for a new one', async ({ page }) => {
	const bank = await openQuiz(page);
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await answerAll(page, bank, true, 1);
	await page.reload();
	await page.getByRole('button', { name: 'Bỏ và làm bài mới' }).click();
	await expect(page.getByRole('button', { name: /Bắt đầu/ })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: /Bắt đầu/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Làm tiếp' })).toHaveCount(0);
});

test('a timed quiz counts down and ends when the time runs out; its results survive a reload', async ({
	page
}) => {
	await page.clock.install();
	const bank = await openQuiz(page);
	await page.getByRole('radio', { name: '5 phút', exact: true }).check();
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await expect(page.getByTestId('clock')).toHaveText(/^[45]:\d\d$/);
	await answerAll(page, bank, true, 2);
	await page.clock.fastForward('05:01');
	await expect(page.getByText('Hết giờ. Bài kiểm tra đã kết thúc.')).toBeVisible();
	await expect(page.getByTestId('score-line')).toHaveText('2/10 câu đúng');
	await expect(page.getByTestId('time-taken')).toHaveText('5 phút 0 giây');
	// The eight questions never answered are listed as missed.
	await expect(page.getByTestId('mistakes').locator('> li')).toHaveCount(8);
	await expect(page.getByTestId('mistakes').getByText('Chưa trả lời').first()).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('score-line')).toHaveText('2/10 câu đúng');
});

test('a time limit that ran out while the learner was away finishes the attempt', async ({ page }) => {
	await page.clock.install();
	const bank = await openQuiz(page);
	await page.getByRole('radio', { name: '10 phút', exact: true }).check();
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await answerAll(page, bank, true, 1);
	await page.goto('/');
	await page.clock.fastForward('12:00');
	await page.goto('/quiz');
	await expect(page.getByText('Hết giờ. Bài kiểm tra đã kết thúc.')).toBeVisible();
	await expect(page.getByTestId('score-line')).toHaveText('1/10 câu đúng');
	await expect(page.getByTestId('time-taken')).toHaveText('10 phút 0 giây');
	await expect(page.getByRole('button', { name: 'Làm tiếp' })).toHaveCount(0);
});

test('the feedback appears without moving the question', async ({ page }) => {
	const bank = await openQuiz(page);
	await chooseTypes(page, ['Trắc nghiệm']);
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	const q = await currentQuestion(page, bank);
	const prompt: Locator = page.locator('section.question h2');
	const before = await prompt.boundingBox();
	const option = page.locator('section.question').getByRole('button').first();
	const optBefore = await option.boundingBox();
	await answer(page, q, true);
	await expect(page.getByTestId('feedback')).toBeVisible();
	await page.evaluate(() => window.scrollTo(0, 0));
	expect(await prompt.boundingBox()).toEqual(before);
	expect(await option.boundingBox()).toEqual(optBefore);
});

for (const scheme of ['light', 'dark'] as const) {
	test(`every quiz screen passes axe (${scheme}): each question type, its feedback, the results`, async ({
		page
	}) => {
		// About 15 axe scans of full screens: 15 s on an idle 2-core machine, several times that when it is busy.
		test.slow();
		await page.emulateMedia({ colorScheme: scheme });
		const bank = await openQuiz(page);
		const scan = async (where: string) => {
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(
				violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
			).toEqual([]);
		};
		await scan('setup');
		await page.getByRole('radio', { name: 'Tất cả' }).check();
		await chooseTypes(page, ['Chọn nhiều đáp án', 'Ghép cặp']);
		await page.getByRole('button', { name: /Bắt đầu/ }).click();
		await expect(page.locator('section.question')).toBeVisible();
		// One question of each of these two rare types, then the common ones in a second quiz.
		const seen = new Set<string>();
		const walk = async () => {
			for (let i = 0; i < 40; i++) {
				const results = page.getByTestId('score-pct');
				await expect(page.locator('section.question').or(results).first()).toBeVisible();
				if (await results.isVisible()) return;
				const q = await currentQuestion(page, bank);
				const fresh = !seen.has(q.type);
				seen.add(q.type);
				if (fresh) await scan(`question ${q.type}`);
				await answer(page, q, false);
				await expect(page.getByTestId('feedback')).toBeVisible();
				if (fresh) await scan(`feedback ${q.type}`);
				await page.keyboard.press('Enter');
				await expect(page.getByTestId('feedback')).toBeHidden();
			}
		};
		await walk();
		await scan('results');
		await page.getByRole('button', { name: 'Làm bài mới' }).click();
		await chooseTypes(page, ['Trắc nghiệm', 'Đúng / Sai', 'Điền vào chỗ trống', 'Tự gõ đáp án', 'Điền số']);
		await page.getByRole('button', { name: /Bắt đầu/ }).click();
		await walk();
		await page.reload();
		await scan('results after reload');
	});
}
