/**
 * Helpers shared by e2e files: waiting until the app has created its database, reading it from the page,
 * and answering quiz questions as a learner would, from the bank the page itself fetched.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/domain/types';
import { DB_NAME } from '../../src/lib/storage/schema';

/**
 * Waits until the app has loaded its state (`<main data-ready="true">`) and its database holds the built-in
 * deck. Polled with page.evaluate, which awaits the async check: a Promise handed to waitForFunction counts
 * as truthy at once. The database is only opened once it is listed, so a test never creates an empty one
 * that the app's upgrade would then skip over.
 */
export async function waitForDatabase(page: Page): Promise<void> {
	await expect(page.locator('main[data-ready="true"]')).toBeAttached();
	await expect
		.poll(() =>
			page.evaluate(async (name) => {
				const dbs = await indexedDB.databases();
				if (!dbs.some((d) => d.name === name)) return false;
				const db = await new Promise<IDBDatabase>((resolve, reject) => {
					const req = indexedDB.open(name);
					req.onsuccess = () => resolve(req.result);
					req.onerror = () => reject(req.error);
				});
				try {
					if (!db.objectStoreNames.contains('decks')) return false;
					return await new Promise<boolean>((resolve, reject) => {
						const req = db.transaction('decks').objectStore('decks').count();
						req.onsuccess = () => resolve(req.result > 0);
						req.onerror = () => reject(req.error);
					});
				} finally {
					db.close();
				}
			}, DB_NAME)
		)
		.toBe(true);
}

/** Every record of one object store of the app's database, read in the page as the browser stores it. */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		async ({ name, store }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open(name);
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			try {
				return await new Promise<T[]>((resolve, reject) => {
					const req = db.transaction(store).objectStore(store).getAll();
					req.onsuccess = () => resolve(req.result as T[]);
					req.onerror = () => reject(req.error);
				});
			} finally {
				db.close();
			}
		},
		{ name: DB_NAME, store }
	);
}

/**
 * The article's sentence a quote shows, without the editor's "[nguyên văn]" note after a typo the article
 * has (QuoteText.svelte): what must equal the question's `source.quote`, letter for letter.
 */
export function quoteText(quote: Locator): Promise<string> {
	return quote.evaluate((b) => {
		const copy = b.cloneNode(true) as Element;
		for (const note of copy.querySelectorAll('[data-testid="sic"]')) note.remove();
		return (copy.textContent ?? '').trim();
	});
}

/**
 * Grades the first flashcard of the day Good, then opens the article's sheet of the fact it asks about.
 * Returns the card's question.
 */
export async function studyFirstCardThenOpenItsFact(
	page: Page,
	bank: readonly Question[]
): Promise<Question> {
	await page.goto('/study');
	const card = page.getByTestId('flashcard');
	const id = await card.getAttribute('data-question-id');
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(card).not.toHaveAttribute('data-question-id', id ?? '');
	const q = bank.find((x) => x.id === id);
	if (!q) throw new Error(`Flashcard ${id} is not in the bank`);
	await page.goto('/article');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await page.locator(`article .hl[data-facts~="${q.factIds[0]}"]`).first().click();
	return q;
}

/** A question of the bank, as the page fetched it: the app's own type. */
export type BankQuestion = Question;

/** Opens a page that loads the bank (/quiz, /learn) and returns the bank exactly as it fetched it, by id. */
export async function openWithBank(page: Page, path: string): Promise<Map<string, BankQuestion>> {
	const bankResponse = page.waitForResponse((r) => /bank[^/]*\.json/.test(r.url()) && r.ok());
	await page.goto(path);
	const bank = (await (await bankResponse).json()) as { questions: BankQuestion[] };
	return new Map(bank.questions.map((q) => [q.id, q]));
}

/** Opens /quiz and returns the bank exactly as the page fetched it, by question id. */
export function openQuiz(page: Page): Promise<Map<string, BankQuestion>> {
	return openWithBank(page, '/quiz');
}

/** The question on screen in a running quiz. */
export async function currentQuestion(page: Page, bank: Map<string, BankQuestion>): Promise<BankQuestion> {
	const id = await page.locator('section.question').getAttribute('data-qid');
	const q = bank.get(id ?? '');
	if (!q) throw new Error(`Question ${id} is not in the bank the page loaded`);
	return q;
}

/** The answer to give, as text: the first accepted one where there are several. */
export const firstAnswer = (a: BankQuestion['answer']): string =>
	Array.isArray(a) ? (a[0] as string) : String(a);

/** Answers the question on screen, right or wrong, the way a learner does for its type. */
export async function answerQuestion(page: Page, q: BankQuestion, right: boolean): Promise<void> {
	const view = page.locator('section.question');
	switch (q.type) {
		case 'choice': {
			const pick = right ? firstAnswer(q.answer) : (q.choices ?? []).find((c) => c !== firstAnswer(q.answer));
			await view.getByRole('button', { name: pick as string, exact: true }).click();
			break;
		}
		case 'truefalse':
			await view.getByRole('button', { name: q.answer === right ? 'Đúng' : 'Sai', exact: true }).click();
			break;
		case 'multi': {
			const answers = q.answer as string[];
			const ticks = right ? answers : (q.choices ?? []).filter((c) => !answers.includes(c)).slice(0, 1);
			for (const t of ticks) await view.getByRole('checkbox', { name: t, exact: true }).check();
			await page.getByRole('button', { name: 'Trả lời', exact: true }).click();
			break;
		}
		case 'cloze':
		case 'typed':
		case 'numeric': {
			const field = view.getByRole('textbox');
			await field.fill(right ? firstAnswer(q.answer) : q.type === 'numeric' ? '987654' : 'không biết');
			await field.press('Enter');
			break;
		}
		case 'match': {
			const pairs = q.pairs ?? [];
			const rights = pairs.map(([, r]) => r);
			for (const [k, [l, r]] of pairs.entries()) {
				const left = view.getByRole('list', { name: 'Cột trái' });
				await left.getByRole('button', { name: l, exact: true }).click();
				const target = right ? r : (rights[(k + 1) % rights.length] as string);
				await view
					.getByRole('list', { name: 'Cột phải' })
					.getByRole('button', { name: target, exact: true })
					.click();
			}
			await page.getByRole('button', { name: 'Trả lời', exact: true }).click();
			break;
		}
		default:
			throw new Error(`Unexpected quiz question type ${q.type}`);
	}
}

/**
 * Answers the question on screen right or wrong, checks the verdict, and moves on ("next" waits until the
 * answer is saved). Returns the id of the question answered.
 */
export async function answerAndGoOn(
	page: Page,
	bank: Map<string, BankQuestion>,
	right: boolean
): Promise<string> {
	await expect(page.locator('section.question')).toBeVisible();
	const q = await currentQuestion(page, bank);
	await answerQuestion(page, q, right);
	const fb = page.getByTestId('feedback');
	await expect(fb).toBeVisible();
	// A wrong answer may come close to the right one (a near miss); either way it does not count as right.
	await expect(fb).toHaveAttribute('data-grade', right ? 'correct' : /^(wrong|near-miss)$/);
	await fb.getByRole('button', { name: /Câu tiếp|Xem kết quả/ }).click();
	await expect(fb).toBeHidden();
	return q.id;
}

/**
 * Waits for the import screen's review with every row drawn: its list comes a batch per frame and says
 * `aria-busy="true"` until the last one is in.
 */
export async function reviewDrawn(page: Page): Promise<Locator> {
	const review = page.getByTestId('import-review');
	await expect(review).toBeVisible();
	await expect(review.locator('[aria-busy="true"]')).toHaveCount(0);
	return review;
}
