import { expect, test } from '@playwright/test';
import { layoutProblems } from './layout-checks';
import { phonePage } from './text-size';
import { settle, tour } from './tour';

/**
 * Every screen and step (tour.ts) on small phones, at 100% and at 200% text (the browser's text size, as
 * Android's system font size sets it): nothing scrolls sideways, nothing tappable is off the screen or left
 * under the tab bar, every screen's primary action is in reach without scrolling, no label is cut (WCAG
 * 1.4.4, 1.4.10, 2.4.11). One page per size and text size; the problems of all steps are reported at once.
 */
const SIZES = [
	{ width: 320, height: 568 },
	{ width: 360, height: 640 },
	{ width: 390, height: 844 }
];

test.describe.configure({ timeout: 180_000 });

for (const size of SIZES) {
	for (const scale of [1, 2]) {
		test(`${size.width}x${size.height} at ${scale * 100}% text: every step fits and stays in reach`, async ({
			browser
		}) => {
			const page = await phonePage(browser, size, scale);
			const found: string[] = [];
			const steps: string[] = [];
			await tour(page, async (step) => {
				await settle(page);
				steps.push(step);
				for (const p of await layoutProblems(page))
					if (!found.includes(`${step}: ${p}`)) found.push(`${step}: ${p}`);
			});
			await page.context().close();
			expect(steps.length).toBeGreaterThan(25);
			expect(found).toEqual([]);
		});
	}
}
