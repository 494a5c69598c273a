import { expect, test } from '@playwright/test';

// Regression: a long unit beside a numeric field ("chương trình dự án") widened the form past a 360 px
// screen, pushing the unit and the "Trả lời" (then "Kiểm tra") button off the edge.
test.use({ viewport: { width: 360, height: 740 } });

test('no numeric question is wider than a 360 px screen, whatever its unit', async ({ page }) => {
	await page.goto('/quiz');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await page.locator('form.setup label', { hasText: 'Tất cả' }).click();
	await page.locator('form.setup label', { hasText: 'Điền số' }).click();
	await page.getByRole('button', { name: 'Bắt đầu' }).click();

	const progress = page.getByText(/^Câu \d+\/\d+$/);
	await expect(progress).toBeVisible();
	const total = Number(/\/(\d+)$/.exec(await progress.innerText())![1]);
	expect(total).toBeGreaterThan(5);
	for (let i = 1; i <= total; i++) {
		await expect(progress).toHaveText(`Câu ${i}/${total}`);
		const field = page.locator('section.question input[inputmode="decimal"]');
		await expect(field).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const box = await page.getByRole('button', { name: 'Trả lời', exact: true }).boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(360);
		await field.fill('0');
		await field.press('Enter');
		await page.getByRole('button', { name: i < total ? 'Câu tiếp' : 'Xem kết quả' }).click();
	}
});
