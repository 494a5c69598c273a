import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerQuestion, firstAnswer as text, openWithBank, type BankQuestion as Q } from './helpers';

/**
 * Opens /learn and returns the bank as the page fetched it, after closing the one-time "ready offline" toast
 * (it sits above the tab bar, over the page's last buttons) as a learner would, before answering anything.
 */
async function openLearn(page: Page): Promise<Map<string, Q>> {
	const bank = await openWithBank(page, '/learn');
	return bank;
}

test('learn mode: new facts as choices, then recall; a miss comes back later; the set finishes', async ({
	page
}) => {
	const bank = await openLearn(page);
	await expect(page.getByText('Đã thuộc 0/7 ý')).toBeVisible();
	const kinds: string[] = [];
	const asked: Q[] = [];
	let missedId: string | null = null;
	let askedAfterMiss = 0;
	let sawMissedAgain = false;
	for (let i = 0; i < 80; i++) {
		const view = page.locator('section.question');
		const done = page.getByTestId('learn-mastered');
		await expect(view.or(done).first()).toBeVisible();
		if (await done.isVisible()) break;
		const q = bank.get((await view.getAttribute('data-qid')) ?? '') as Q;
		kinds.push(q.type);
		asked.push(q);
		if (missedId && q.id.split(':')[0] === missedId) sawMissedAgain = true;
		else if (missedId && !sawMissedAgain) askedAfterMiss++;
		// Miss the very first question once, answer everything else right.
		const right = i > 0;
		if (q.type === 'choice') {
			// Options are shown in the bank's order; keys 1-4 pick them.
			const choices = q.choices ?? [];
			const idx = right ? choices.indexOf(text(q.answer)) : choices.findIndex((c) => c !== text(q.answer));
			await page.keyboard.press(String(idx + 1));
		} else {
			await answerQuestion(page, q, right);
		}
		if (i === 0) missedId = q.id.split(':')[0] as string;
		await expect(page.getByTestId('feedback')).toBeVisible();
		if (i < 2) expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('feedback')).toBeHidden();
	}
	await expect(page.getByTestId('learn-mastered')).toHaveText('7/7');
	await expect(page.getByRole('heading', { name: 'Xong một lượt!' })).toBeVisible();
	// A new learner: every fact starts with recognition (domain/learn.ts RECOGNITION_TYPES), and each was
	// answered right twice (14) plus the miss.
	expect(['choice', 'truefalse', 'multi']).toContain(kinds[0]);
	expect(kinds.length).toBe(15);
	// Recall follows recognition for every fact that has a recall question (a long list has only choices).
	const recall = ['typed', 'cloze', 'numeric'];
	const facts = new Set(asked.flatMap((q) => q.factIds));
	const withRecall = [...facts].filter((f) =>
		[...bank.values()].some((q) => q.factIds.includes(f) && recall.includes(q.type))
	);
	expect(withRecall.length).toBeGreaterThanOrEqual(3);
	for (const f of withRecall)
		expect(
			asked.some((q) => q.factIds.includes(f) && recall.includes(q.type)),
			`recall of ${f}`
		).toBe(true);
	// The missed fact came back, but not straight away.
	expect(sawMissedAgain).toBe(true);
	expect(askedAfterMiss).toBeGreaterThanOrEqual(1);
	await expect(page.getByRole('heading', { name: 'Nên ôn lại' })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

	await page.getByRole('button', { name: 'Học tiếp' }).click();
	await expect(page.getByText('Đã thuộc 0/7 ý')).toBeVisible();
});
