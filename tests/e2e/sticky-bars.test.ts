import { expect, test, type Browser, type Page } from '@playwright/test';
import { answerQuestion, currentQuestion, openWithBank } from './helpers';
import { phonePage } from './text-size';

/**
 * Nothing the learner must read sits under a sticky action bar when a step appears: a new flashcard's
 * question, its answer once flipped, and the verdict and quote of the feedback in learn. At 100% text they
 * are clear of the bar; at 200% text on a 320x568 phone, where the screen cannot hold them all, the answer
 * and the verdict are, the question starts above the bar (its first line readable) and the feedback starts
 * at the top of the screen; the rest scrolls out from under the bar. Checked by the boxes the page lays out.
 */
const CASES = [
	{ width: 390, height: 844, scale: 1 },
	{ width: 360, height: 640, scale: 1 },
	{ width: 320, height: 568, scale: 2 }
];

interface Box {
	top: number;
	bottom: number;
	line: number;
}

/** The boxes of `selector` and of the sticky bar `bar`, as laid out now. */
async function boxes(page: Page, selector: string, bar: string): Promise<{ el: Box; bar: Box }> {
	return page.evaluate(
		({ selector, bar }) => {
			const box = (sel: string): Box => {
				const e = document.querySelector(sel);
				if (!e) throw new Error(`${sel} is not on the page`);
				const r = e.getBoundingClientRect();
				const lh =
					parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.5;
				return { top: r.top, bottom: r.bottom, line: lh };
			};
			return { el: box(selector), bar: box(bar) };
		},
		{ selector, bar }
	);
}

/**
 * `selector` is on screen and clear of the bar (`whole`), or, where a screen this small cannot hold it above
 * the bar with what comes before it, starts above the bar with its first line readable.
 */
async function readable(page: Page, selector: string, bar: string, whole: boolean): Promise<void> {
	const { el, bar: b } = await boxes(page, selector, bar);
	const where = `${selector}: ${Math.round(el.top)}..${Math.round(el.bottom)}, bar from ${Math.round(b.top)}`;
	expect(el.top, where).toBeGreaterThanOrEqual(-0.5);
	if (whole) expect(el.bottom, `${where}: under the bar`).toBeLessThanOrEqual(b.top + 0.5);
	else expect(el.top + el.line, `${where}: first line under the bar`).toBeLessThanOrEqual(b.top + 0.5);
}

const phone = (browser: Browser, c: (typeof CASES)[number]): Promise<Page> => phonePage(browser, c, c.scale);

for (const c of CASES) {
	const name = `${c.width}x${c.height} at ${c.scale * 100}% text`;
	// At 100% text every step fits above its bar; at 200% on the smallest phone, the first lines do.
	const whole = c.scale === 1;

	test(`${name}: a flashcard's question and answer are not under the grade bar`, async ({ browser }) => {
		const page = await phone(browser, c);
		await page.goto('/study');
		const bar = 'main .action-bar';
		for (let card = 0; card < 2; card++) {
			await expect(page.getByTestId('flip')).toBeVisible();
			await readable(page, '[data-testid="flashcard"] .front .prompt', bar, whole);
			await page.getByTestId('flip').click();
			await expect(page.getByTestId('grade-3')).toBeEnabled();
			await readable(page, '[data-testid="card-answer"]', bar, true);
			await page.getByTestId('grade-3').click();
		}
		await page.context().close();
	});

	test(`${name}: learn's verdict and quote are not under the feedback's bar`, async ({ browser }) => {
		const page = await phone(browser, c);
		const bank = await openWithBank(page, '/learn');
		const bar = '[data-testid="feedback"] .action-bar';
		for (let i = 0; i < 4; i++) {
			await expect(page.locator('section.question')).toBeVisible();
			await answerQuestion(page, await currentQuestion(page, bank), i % 2 === 1);
			await expect(page.getByTestId('feedback')).toBeVisible();
			await readable(page, '[data-testid="feedback"] #verdict', bar, true);
			// At 200% text the feedback starts at the top of the screen; the quote then follows as the room allows.
			if (!whole) {
				const top = await boxes(page, '[data-testid="feedback"]', bar);
				expect(top.el.top).toBeGreaterThanOrEqual(-0.5);
				expect(top.el.top).toBeLessThanOrEqual(top.el.line * 2);
			} else await readable(page, '[data-testid="feedback"] blockquote', bar, true);
			// Scrolled to the end, the bar sits at its place below the quote: nothing is left under it.
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			const end = await boxes(page, '[data-testid="feedback"] blockquote', bar);
			expect(end.el.bottom).toBeLessThanOrEqual(end.bar.top + 0.5);
			await page.getByTestId('feedback').locator('.action-bar .btn-primary').click();
		}
		await page.context().close();
	});
}
