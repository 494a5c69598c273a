import { expect, test, type Page } from '@playwright/test';

/** Waits until the settings page says every change is written (a change shows before it is on disk). */
const saved = (page: Page) => expect(page.getByTestId('settings-status')).toHaveText(/^(Đã lưu\.|Saved\.)$/);

test('switching to English changes the UI and <html lang>, and survives a reload', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt');
	await page.getByRole('radio', { name: 'English' }).check();

	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	const nav = page.getByRole('navigation', { name: 'Main navigation' });
	await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
	await saved(page);

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();

	await nav.getByRole('link', { name: 'Home' }).click();
	await expect(page.getByTestId('continue')).toContainText('Continue');

	// And back to Vietnamese.
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt');
});

test('the theme can be forced dark or light whatever the system says, and is kept', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/settings');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const light = await bg();

	await page.getByRole('radio', { name: 'Tối' }).check();
	// The theme shows at once; the page says when it is also saved.
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await saved(page);
	const dark = await bg();
	expect(dark).not.toBe(light);

	// Kept across a reload, applied before the app starts (no white flash).
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await bg()).toBe(dark);
	await expect(page.getByRole('radio', { name: 'Tối' })).toBeChecked();

	// "System" follows the device again.
	await page.getByRole('radio', { name: 'Theo hệ thống' }).check();
	expect(await bg()).toBe(light);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await bg()).toBe(dark);
	await page.getByRole('radio', { name: 'Sáng' }).check();
	expect(await bg()).toBe(light);
});

test('daily goal and desired retention are saved', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	const goal = page.getByLabel('Số thẻ mới mỗi ngày');
	await goal.fill('5');
	await goal.blur();
	const retention = page.getByRole('slider', { name: /Mức ghi nhớ mong muốn/ });
	await retention.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('retention-value')).toHaveText(/92\s?%/);
	await saved(page);
	const dayStart = page.getByLabel('Ngày học mới bắt đầu lúc');
	await expect(dayStart).toHaveValue('4');
	await dayStart.selectOption({ label: '06:00' });
	await saved(page);

	// A goal out of range is refused with a message and not saved.
	await goal.fill('0');
	await goal.blur();
	await expect(page.locator('#goal-error')).toContainText('từ 1 đến 500');
	await expect(goal).toHaveAttribute('aria-invalid', 'true');

	await page.reload();
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
	await expect(goal).toHaveValue('5');
	await expect(page.getByTestId('retention-value')).toHaveText(/92\s?%/);
	await expect(dayStart).toHaveValue('6');

	// The flashcards honour the new goal.
	await page.goto('/study');
	await expect(page.getByTestId('queue-counts')).toContainText('Thẻ mới: 5');
});
