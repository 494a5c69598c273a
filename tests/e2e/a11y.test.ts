import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Every screen of the app, in both colour schemes. Routes still being built are skipped until they exist.
const ROUTES = ['/', '/study', '/quiz', '/learn', '/match', '/article', '/stats', '/settings'].filter(
	(r) => r === '/' || existsSync(`src/routes${r}/+page.svelte`)
);

async function scan(page: Page, label: string) {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(result.passes.length, 'axe ran its rules').toBeGreaterThan(10);
	const summary = result.violations.map(
		(v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme}`, () => {
		// Reduced motion: every transition lasts 0s (app.css), so colours are measured at rest, with no wait.
		test.use({ colorScheme: scheme, reducedMotion: 'reduce' });

		for (const route of ROUTES) {
			test(`${route} has no violation`, async ({ page }) => {
				await page.goto(route);
				await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
				await scan(page, route);
			});
		}

		test('a flipped flashcard has no violation', async ({ page }) => {
			await page.goto('/study');
			await page.getByTestId('flip').click();
			await expect(page.getByTestId('grade-3')).toBeVisible();
			await scan(page, '/study (back)');
		});

		test('the article fact sheet has no violation', async ({ page }) => {
			await page.goto('/article');
			await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
			await page.locator('article .hl').nth(2).click();
			await expect(page.getByTestId('fact-sheet')).toBeVisible();
			await scan(page, '/article (sheet)');
		});

		test('the English UI has no violation', async ({ page }) => {
			await page.goto('/settings');
			await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
			await page.getByRole('radio', { name: 'English' }).check();
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await page.goto('/');
			await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
			await scan(page, '/ (en)');
		});
	});
}
