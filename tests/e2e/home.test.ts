import { expect, test } from '@playwright/test';

test('the home screen lists the built-in deck in Vietnamese', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.getByRole('heading', { level: 2 })).toContainText('Quảng Ninh');
	await expect(page.getByTestId('deck-total')).toContainText('câu hỏi');
});
