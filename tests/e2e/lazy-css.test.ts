import { expect, test } from '@playwright/test';

// vite.config.ts turns off Vite's module preloading to keep the home route's JS budget; this guards the one
// thing that could break with it: the styles of routes and components that load lazily.
test('a route reached by client-side navigation gets its styles', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await page.getByRole('navigation').getByRole('link', { name: 'Kiểm tra' }).click();
	await expect(page).toHaveURL(/\/quiz$/);
	// The length options are styled as rounded chips by the quiz setup's own stylesheet.
	const chip = page.locator('form.setup .chip span').first();
	await expect(chip).toBeVisible();
	await expect.poll(() => chip.evaluate((el) => getComputedStyle(el).borderRadius)).not.toBe('0px');
});
