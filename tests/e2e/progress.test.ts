/**
 * Progress that is never lost, end to end and through the screens only (no seeding): a quiz interrupted by a
 * reload and resumed, its figures on the stats screen, a backup that survives a reset and a double import,
 * and two tabs studying at once.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerAndGoOn, currentQuestion, openQuiz, readStore, waitForDatabase } from './helpers';

const SHOTS = '/tmp/shots-progress';
mkdirSync(SHOTS, { recursive: true });

interface ReviewRow {
	id: string;
	questionId: string;
	mode: string;
	correct: boolean;
}
interface AttemptRow {
	id: string;
	questionIds: string[];
	answers: ({ questionId: string; correct: boolean } | null)[];
	finishedAt?: number;
}

/** The learner's plan: which of the ten questions they get right. The 2nd and 7th are wrong. */
const PLAN = [true, false, true, true, true, true, false, true, true, true];
const RIGHT = PLAN.filter(Boolean).length;
const PCT = `${Math.round((RIGHT / PLAN.length) * 100)}%`;

/** The value shown in one of the "today" figures on /stats. */
const figure = (page: Page, key: string) => page.getByTestId(`today-${key}`).locator('dd').first();

/** Opens /stats and returns the text of its "today" panel (figures and streak), once the figures show. */
async function todayPanel(page: Page): Promise<string> {
	await page.goto('/stats');
	await expect(page.getByTestId('stats')).toBeVisible();
	return page.locator('section[aria-labelledby="today-title"]').innerText();
}

/** Texts of every alert or not-saved notice the page shows, to check that a screen shows no error. */
async function visibleProblems(page: Page): Promise<string[]> {
	const alerts = await page.getByRole('alert').filter({ hasText: /\S/ }).allInnerTexts();
	const notSaved = await page.getByText('Không lưu được tiến độ').allInnerTexts();
	return [...alerts, ...notSaved];
}

const FLOW =
	'a quiz interrupted by a reload resumes, and its answers reach stats, a backup, a reset and a restore';

test(FLOW, async ({ page }) => {
	test.setTimeout(120_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));

	// A quiz of 10 (the default), four answers, then a reload in the middle.
	const bank = await openQuiz(page);
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await expect(page.getByText('Câu 1/10')).toBeVisible();
	const answered: string[] = [];
	for (const right of PLAN.slice(0, 4)) answered.push(await answerAndGoOn(page, bank, right));
	await expect(page.getByText('Câu 5/10')).toBeVisible();
	const fifth = (await currentQuestion(page, bank)).id;
	expect(answered).not.toContain(fifth);

	await page.reload();
	const offer = page.getByRole('heading', { name: 'Bạn đang làm dở một bài kiểm tra' });
	await expect(offer).toBeVisible();
	await expect(page.getByText('Đã trả lời 4/10 câu.')).toBeVisible();
	// Nothing was lost: the attempt in storage holds the four answers, right and wrong as given.
	const [open] = await readStore<AttemptRow>(page, 'attempts');
	expect(open?.finishedAt).toBeUndefined();
	expect(open?.questionIds.slice(0, 4)).toEqual(answered);
	expect(open?.answers.slice(0, 5).map((a) => a?.correct ?? null)).toEqual([...PLAN.slice(0, 4), null]);
	await page.screenshot({ path: `${SHOTS}/1-resume-offer.png` });

	await page.getByRole('button', { name: 'Làm tiếp' }).click();
	await expect(page.getByText('Câu 5/10')).toBeVisible();
	expect((await currentQuestion(page, bank)).id).toBe(fifth);
	for (const right of PLAN.slice(4)) answered.push(await answerAndGoOn(page, bank, right));
	expect(new Set(answered).size).toBe(10);

	const results = async () => {
		await expect(page.getByTestId('score-line')).toHaveText(`${RIGHT}/10 câu đúng`);
		await expect(page.getByTestId('score-pct')).toHaveText(PCT);
		await expect(page.getByTestId('mistakes').locator('> li')).toHaveCount(PLAN.length - RIGHT);
	};
	await results();
	await page.screenshot({ path: `${SHOTS}/2-results.png`, fullPage: true });
	const resultsUrl = page.url();
	expect(resultsUrl).toMatch(/\?attempt=/);
	await page.reload();
	await results();

	// Stats: today's figures are exactly what was answered, and today starts a streak of one day.
	const reviews = await readStore<ReviewRow>(page, 'reviews');
	expect(reviews.map((r) => r.questionId).sort()).toEqual([...answered].sort());
	expect(reviews.filter((r) => r.correct)).toHaveLength(RIGHT);
	// The whole "today" panel (answers, accuracy, due, new, streak) must read the same after the restore, which
	// rebuilds the cards from the log. (The two wrong answers fall due a minute after they were given; the
	// readings below are seconds apart.)
	const before = await todayPanel(page);
	await expect(figure(page, 'reviewed')).toHaveText(String(PLAN.length));
	await expect(figure(page, 'accuracy')).toHaveText(PCT);
	await expect(page.getByTestId('streak').locator('.big-number')).toHaveText('1 ngày');
	await page.screenshot({ path: `${SHOTS}/3-stats.png`, fullPage: true });

	// Backup, then reset all progress through its confirmation.
	await page.goto('/settings');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải tệp sao lưu' }).click()
	]);
	const file = await download.path();
	const backup = JSON.parse(readFileSync(file, 'utf8')) as {
		data: { reviews: unknown[]; attempts: unknown[] };
	};
	expect(backup.data.reviews).toHaveLength(PLAN.length);
	expect(backup.data.attempts).toHaveLength(1);

	const reset = page.getByTestId('reset-panel');
	await reset.getByRole('radio', { name: 'Tất cả bộ câu hỏi' }).check();
	await reset.getByRole('button', { name: 'Xóa tiến độ…' }).click();
	const confirm = reset.getByRole('alertdialog');
	// The safe choice has the focus; cancelling deletes nothing.
	await expect(confirm.getByRole('button', { name: 'Hủy' })).toBeFocused();
	await confirm.getByRole('button', { name: 'Hủy' }).click();
	expect(await readStore(page, 'reviews')).toHaveLength(PLAN.length);
	await reset.getByRole('button', { name: 'Xóa tiến độ…' }).click();
	await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
	await expect(reset.getByRole('status')).toHaveText('Đã xóa tiến độ.');
	expect(await readStore(page, 'reviews')).toHaveLength(0);
	expect(await readStore(page, 'attempts')).toHaveLength(0);

	await page.goto('/stats');
	await expect(page.getByTestId('stats-empty')).toBeVisible();
	await expect(page.getByTestId('stats')).toHaveCount(0);
	await page.screenshot({ path: `${SHOTS}/4-stats-after-reset.png`, fullPage: true });

	// Restore: every answer comes back once, with the same figures and the quiz results.
	await page.goto('/settings');
	await waitForDatabase(page);
	const restore = page.getByLabel('Khôi phục từ tệp sao lưu');
	await restore.setInputFiles(file);
	await expect(page.getByTestId('backup-message')).toHaveText(
		`Đã khôi phục: thêm ${PLAN.length} câu trả lời, bỏ qua 0 câu trả lời đã có.`
	);
	expect(await todayPanel(page)).toBe(before);
	await expect(figure(page, 'reviewed')).toHaveText(String(PLAN.length));
	await expect(figure(page, 'accuracy')).toHaveText(PCT);
	await expect(page.getByTestId('streak').locator('.big-number')).toHaveText('1 ngày');
	await page.screenshot({ path: `${SHOTS}/5-stats-after-import.png`, fullPage: true });
	await page.goto(resultsUrl);
	await results();

	// The same file a second time: nothing new, nothing doubled.
	await page.goto('/settings');
	await waitForDatabase(page);
	await restore.setInputFiles(file);
	await expect(page.getByTestId('backup-message')).toHaveText(
		`Tệp không có gì mới: cả ${PLAN.length} câu trả lời đều đã có trên máy.`
	);
	const after = await readStore<ReviewRow>(page, 'reviews');
	expect(after.map((r) => r.id).sort()).toEqual(reviews.map((r) => r.id).sort());
	expect(await readStore(page, 'attempts')).toHaveLength(1);
	expect(await todayPanel(page)).toBe(before);
	await page.screenshot({ path: `${SHOTS}/6-stats-after-second-import.png`, fullPage: true });

	expect(await visibleProblems(page)).toEqual([]);
	expect(errors).toEqual([]);
});

test('two tabs answering at once, a quiz and flashcards, keep every answer', async ({ context }) => {
	const quizTab = await context.newPage();
	const studyTab = await context.newPage();
	const errors: string[] = [];
	for (const p of [quizTab, studyTab]) p.on('pageerror', (e) => errors.push(e.message));

	const bank = await openQuiz(quizTab);
	await waitForDatabase(quizTab);
	await quizTab.getByRole('button', { name: /Bắt đầu/ }).click();

	await studyTab.goto('/study');
	const card = studyTab.getByTestId('flashcard');
	await expect(card).toBeVisible();
	const newCount = async () => {
		const text = await studyTab.getByTestId('queue-counts').innerText();
		return Number(/Thẻ mới:\s*(\d+)/.exec(text)?.[1]);
	};
	const newBefore = await newCount();
	expect(newBefore).toBeGreaterThan(3);

	// Three rounds of a quiz answer in one tab and a flashcard grade in the other, both at the same moment.
	const gradeCard = async () => {
		const id = (await card.getAttribute('data-question-id')) ?? '';
		await studyTab.getByTestId('flip').click();
		await studyTab.getByTestId('grade-3').click();
		await expect(card).not.toHaveAttribute('data-question-id', id);
		return id;
	};
	const quizIds: string[] = [];
	const cardIds: string[] = [];
	for (let i = 0; i < 3; i++) {
		const [q, c] = await Promise.all([answerAndGoOn(quizTab, bank, i !== 1), gradeCard()]);
		quizIds.push(q);
		cardIds.push(c);
	}
	await studyTab.screenshot({ path: `${SHOTS}/7-two-tabs-study.png` });

	await quizTab.reload();
	await studyTab.reload();
	await expect(quizTab.getByText('Đã trả lời 3/10 câu.')).toBeVisible();
	await expect(card).toBeVisible();
	// The daily allowance counts new flashcards only (domain/flashcard-counts.ts): the three graded use it,
	// the three quiz answers are practice and leave it alone.
	expect(await newCount()).toBe(newBefore - 3);
	expect(cardIds).not.toContain(await card.getAttribute('data-question-id'));

	// Every answer from both tabs is in the review log, once, whichever tab reads it.
	for (const p of [quizTab, studyTab]) {
		const log = await readStore<ReviewRow>(p, 'reviews');
		const ids = (mode: string) =>
			log
				.filter((r) => r.mode === mode)
				.map((r) => r.questionId)
				.sort();
		expect(ids('quiz')).toEqual([...quizIds].sort());
		expect(ids('flashcards')).toEqual([...cardIds].sort());
		expect(new Set(log.map((r) => r.id)).size).toBe(6);
	}
	const [attempt] = await readStore<AttemptRow>(quizTab, 'attempts');
	expect(attempt?.answers.slice(0, 4).map((a) => a?.correct ?? null)).toEqual([true, false, true, null]);

	const queued = await newCount();
	await studyTab.goto('/stats');
	await expect(studyTab.getByTestId('today-reviewed').locator('dd').first()).toHaveText('6');
	await expect(studyTab.getByTestId('today-new').locator('dd').first()).toHaveText(String(queued));

	await quizTab.getByRole('button', { name: 'Làm tiếp' }).click();
	await expect(quizTab.getByText('Câu 4/10')).toBeVisible();
	await quizTab.screenshot({ path: `${SHOTS}/8-two-tabs-quiz.png` });
	for (const p of [quizTab, studyTab]) expect(await visibleProblems(p)).toEqual([]);
	expect(errors).toEqual([]);
});
