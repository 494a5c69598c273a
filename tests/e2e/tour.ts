/**
 * A walk through every screen and step of the app, as a learner takes it: home, settings (and the reset
 * confirmation), flashcards (question, answer, end of session), every quiz question type with its feedback,
 * quiz results, learn, match (setup, board, finished), the article with a fact sheet, stats, and the import
 * screen (a pasted article, its facts to review, a refusal on the review screen).
 *
 * It drives the app by structure and test ids, not by wording, so it runs in either language; `visit` is
 * called at each step with the step's name. Shared by tests/e2e/small-screens.test.ts (layout checks at each
 * step) and scripts/screen-tour.ts (screenshots), so both see exactly the same steps.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Question, QuestionType } from '../../src/lib/domain/types';
import { reviewDrawn } from './helpers';

/** Called at each step; the page is still, ready to be checked or photographed. */
export type Visit = (step: string) => Promise<void>;

const bank = JSON.parse(readFileSync(new URL('../../questions/bank.json', import.meta.url), 'utf8')) as {
	questions: Question[];
};
const byId = new Map(bank.questions.map((q) => [q.id, q]));
const article = readFileSync(new URL('../fixtures/articles/bo-van-hoa.txt', import.meta.url), 'utf8');

/** The quiz types the tour answers, one short quiz each. */
const QUIZ_TOUR_TYPES: QuestionType[] = [
	'choice',
	'multi',
	'truefalse',
	'cloze',
	'typed',
	'numeric',
	'match'
];

async function ready(page: Page): Promise<void> {
	await expect(page.locator('main[data-ready="true"]')).toBeAttached();
}

/** Waits for fonts and the end of any transition, so a check or a picture sees the settled layout. */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await document.fonts.ready;
		await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	});
}

async function go(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await ready(page);
}

/**
 * Taps an element the way a learner reaches it: scrolled to the middle of the screen first, clear of the
 * sticky action bar (Playwright's own scrolling stops at the screen's edge, under the bar).
 */
async function tap(el: Locator): Promise<void> {
	await el.evaluate((e) => {
		e.scrollIntoView({ block: 'center' });
		const r = e.getBoundingClientRect();
		const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
		const own = (n: Element | null) => !!n && (e.contains(n) || n.contains(e));
		// A tall option whose middle still sits under a stuck action bar: a learner scrolls it to the top.
		if (!own(hit) && !own(hit?.closest('label') ?? null)) e.scrollIntoView({ block: 'start' });
	});
	// A bounded wait, so a covered target fails in seconds with Playwright's reason, not at the walk's timeout.
	await el.click({ timeout: 15_000 });
}

/** Answers the quiz question on screen wrong (right when `right`), by touch, whatever the UI language. */
async function answerWrong(page: Page, q: Question, right = false): Promise<void> {
	const view = page.locator('section.question');
	const first = Array.isArray(q.answer) ? String(q.answer[0]) : String(q.answer);
	switch (q.type) {
		case 'choice': {
			const pick = right ? first : (q.choices ?? []).find((c) => c !== first);
			await tap(view.locator('button.answer-option', { hasText: pick as string }).first());
			break;
		}
		case 'truefalse':
			await tap(view.locator('button.answer-option').nth(q.answer === right ? 0 : 1));
			break;
		case 'multi': {
			const answers = q.answer as string[];
			const wrong = (q.choices ?? []).filter((c) => !answers.includes(c)).slice(0, 1);
			for (const t of right ? answers : wrong)
				await tap(view.getByRole('checkbox', { name: t, exact: true }));
			await view.locator('button[type="submit"]').click();
			break;
		}
		case 'match': {
			const pairs = q.pairs ?? [];
			const lists = view.locator('.columns ul');
			for (const [k, [l]] of pairs.entries()) {
				await tap(lists.nth(0).getByRole('button', { name: l, exact: true }));
				const r = (pairs[right ? k : (k + 1) % pairs.length] as [string, string])[1];
				await tap(lists.nth(1).getByRole('button', { name: r, exact: true }));
			}
			await view.locator('button.submit').click();
			break;
		}
		default: {
			const field = view.getByRole('textbox');
			await field.fill(right ? first : q.type === 'numeric' ? '987654' : 'không biết');
			await field.press('Enter');
		}
	}
	await expect(page.getByTestId('feedback')).toBeVisible();
}

async function currentQuestion(page: Page): Promise<Question> {
	const id = await page.locator('section.question').getAttribute('data-qid');
	const q = byId.get(id ?? '');
	if (!q) throw new Error(`Question ${id} is not in questions/bank.json`);
	return q;
}

/** Starts a quiz from the setup screen, of one type (or every type) and the shortest length. */
async function startQuiz(page: Page, type: QuestionType | null): Promise<void> {
	const setup = page.locator('form.setup');
	await expect(setup).toBeVisible();
	if (type) await tap(setup.locator(`input[data-type="${type}"]`));
	await page.locator('button[form="quiz-setup"]').click();
	await expect(page.locator('section.question')).toBeVisible();
}

/** Leaves a running quiz for the setup screen: ends it early ("Kết thúc bài"), then asks for a new one. */
async function leaveQuiz(page: Page, visit?: Visit): Promise<void> {
	await page.getByTestId('end-quiz').click();
	await expect(page.getByTestId('end-quiz-yes')).toBeVisible();
	await visit?.('quiz-end-confirm');
	await page.getByTestId('end-quiz-yes').click();
	await expect(page.getByTestId('ended-early')).toBeVisible();
	await visit?.('quiz-ended-early');
	await page.getByTestId('new-quiz').click();
	await expect(page.locator('form.setup')).toBeVisible();
}

/** The whole walk. Starts from any state of the app's storage; leaves some progress behind. */
export async function tour(page: Page, visit: Visit): Promise<void> {
	// Home, then with the deck's details open.
	await go(page, '/');
	await visit('home');
	await page.locator('main details summary').click();
	await visit('home-details');

	// Settings, reached by the tab bar: on a first launch the one-time "ready offline" notice comes with it.
	// Then a small daily goal, so the flashcard session ends within the tour.
	await expect(page.getByTestId('pwa-status')).toHaveAttribute('data-sw-controlled', 'true');
	await page.locator('nav.tabbar a[href="/settings"]').click();
	await ready(page);
	const toast = page.getByTestId('offline-ready');
	if ((await page.getByTestId('pwa-status').getAttribute('data-offline-ready')) === 'true') {
		await expect(toast).toBeVisible();
		await visit('settings-offline-ready');
		await toast.getByRole('button').click();
	}
	const goal = page.locator('#goal');
	await goal.fill('2');
	await goal.press('Tab');
	await expect(page.getByTestId('settings-saved')).toBeVisible();
	await visit('settings');
	const reset = page.getByTestId('reset-panel');
	await reset.getByTestId('reset-open').click();
	await expect(reset.getByTestId('reset-confirm')).toBeVisible();
	await visit('settings-reset-confirm');
	await reset.getByTestId('reset-cancel').click();

	// Flashcards: question side, answer side with the grade bar, and the end of the session.
	await go(page, '/study');
	const flip = page.getByTestId('flip');
	const done = page.getByTestId('done');
	await expect(flip.or(done)).toBeVisible();
	let graded = 0;
	while ((await flip.isVisible()) && graded < 4) {
		if (graded === 0) await visit('study-question');
		await flip.click();
		await expect(page.getByTestId('grade-3')).toBeEnabled();
		if (graded === 0) await visit('study-answer');
		await page.getByTestId('grade-3').click();
		graded++;
		await expect(flip.or(done)).toBeVisible();
	}
	await expect(done).toBeVisible();
	await visit('study-done');

	// Quiz: setup, then one short quiz per type, wrong on purpose to see the feedback.
	await go(page, '/quiz');
	const discard = page.getByTestId('discard-quiz');
	await expect(discard.or(page.locator('form.setup'))).toBeVisible();
	if (await discard.isVisible()) await discard.click();
	await expect(page.locator('form.setup')).toBeVisible();
	await visit('quiz-setup');
	for (const [i, type] of QUIZ_TOUR_TYPES.entries()) {
		await startQuiz(page, type);
		await visit(`quiz-${type}`);
		// The first question of all is skipped ("Tôi không biết"), the others answered wrong.
		if (i === 0) {
			await page.getByTestId('skip').click();
			await expect(page.getByTestId('feedback')).toBeVisible();
		} else await answerWrong(page, await currentQuestion(page));
		await settle(page);
		await visit(`quiz-${type}-${i === 0 ? 'skipped' : 'feedback'}`);
		await leaveQuiz(page, i === 0 ? visit : undefined);
	}
	// Results of a short true/false quiz: a mix of right and wrong.
	await startQuiz(page, 'truefalse');
	for (let i = 0; ; i++) {
		await answerWrong(page, await currentQuestion(page), i % 2 === 0);
		const next = page.getByTestId('feedback').locator('button.btn-primary');
		await next.click();
		await expect(page.getByTestId('feedback')).toBeHidden();
		if (await page.getByTestId('score-line').isVisible()) break;
	}
	await visit('quiz-results');

	// Learn: a question, then its feedback.
	await go(page, '/learn');
	await expect(page.locator('section.question')).toBeVisible();
	await visit('learn-question');
	await answerWrong(page, await currentQuestion(page));
	await visit('learn-feedback');

	// Match: setup, a board with one pair joined and one tile selected, then a finished board.
	await go(page, '/match');
	const startMatch = page.getByTestId('match-start');
	await expect(startMatch).toBeVisible();
	await visit('match-setup');
	await startMatch.click();
	const pairs = bank.questions.filter((q) => q.type === 'match').flatMap((q) => q.pairs ?? []);
	const left = page.getByTestId('match-left');
	const right = page.getByTestId('match-right');
	const partner = async (l: string) => {
		const rights = (await right.getByRole('button').allInnerTexts()).map((t) => t.trim());
		return rights.find((r) => pairs.some(([a, b]) => a === l && b === r)) as string;
	};
	const lefts = (await left.getByRole('button').allInnerTexts()).map((t) => t.trim());
	for (const [i, l] of lefts.entries()) {
		await tap(left.getByRole('button', { name: l, exact: true }));
		if (i === 1) await visit('match-board');
		await tap(right.getByRole('button', { name: await partner(l), exact: true }));
	}
	await expect(page.getByTestId('match-time')).toBeVisible();
	await visit('match-done');

	// The article, then one fact's sheet.
	await go(page, '/article');
	await visit('article');
	await page.locator('article .hl').first().click();
	await expect(page.getByTestId('fact-sheet')).toBeVisible();
	await settle(page);
	await visit('article-sheet');
	await page.keyboard.press('Escape');

	// Stats, after the answers above.
	await go(page, '/stats');
	await expect(page.getByTestId('stats')).toBeVisible();
	await visit('stats');

	await importTour(page, visit);
}

/**
 * The import screen: empty, then with an article pasted, its facts to review (top, and scrolled to the end
 * where the sticky bar meets the last fact), and the refusal of a deck without a name. No deck is made, so
 * the walk leaves the studied deck as it was.
 */
export async function importTour(page: Page, visit: Visit): Promise<void> {
	await go(page, '/import');
	await visit('import');
	await page.locator('#import-text').fill(article);
	await visit('import-pasted');
	await page.locator('form button[type="submit"]').click();
	const review = await reviewDrawn(page);
	await visit('import-review');
	await review.getByRole('checkbox').last().scrollIntoViewIfNeeded();
	await visit('import-review-end');
	await page.locator('#deck-name').fill('');
	await page.getByTestId('import-create').click();
	await expect(page.getByTestId('import-problem')).toBeVisible();
	await visit('import-review-problem');
}
