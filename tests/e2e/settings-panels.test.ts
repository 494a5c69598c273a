import { expect, test, type Locator, type Page } from '@playwright/test';
import { setTextSize } from './text-size';

// Regressions (issue 14): the deck-export message showed in the backup section; the reset confirmation could
// open below the fold with its buttons hidden; "Đã lưu" was for screen readers only.

test.use({ viewport: { width: 360, height: 640 } });

async function openSettings(page: Page) {
	await page.goto('/settings');
	await expect(page.locator('main')).toHaveAttribute('data-ready', 'true');
}

/** True when the element is inside the viewport and is what a tap at its centre reaches. */
function inReach(el: Locator): Promise<boolean> {
	return el.evaluate((node) => {
		const r = node.getBoundingClientRect();
		const inside = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
		const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return inside && !!hit && node.contains(hit);
	});
}

test('the deck export says it is done in its own section, not under the backup', async ({ page }) => {
	await openSettings(page);
	const panel = page.getByTestId('deck-export-panel');
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('button', { name: 'Tải cho Anki (.txt)' }).click()
	]);
	expect(file.suggestedFilename()).toMatch(/-anki\.txt$/);
	await expect(panel.getByTestId('deck-export-message')).toHaveText('Đã tạo tệp bộ câu hỏi.');
	await expect(page.getByTestId('backup-message')).toHaveText('');
});

for (const scale of [1, 2]) {
	test(`the reset confirmation opens in view with both its buttons in reach (${scale * 100}% text)`, async ({
		page
	}) => {
		await setTextSize(page, scale);
		await openSettings(page);
		const open = page.getByTestId('reset-open');
		// The button just above the tab bar, as a learner scrolling down finds it.
		await open.evaluate((el) => {
			const r = el.getBoundingClientRect();
			scrollBy(0, r.bottom - innerHeight + 80);
		});
		await open.click();
		const confirm = page.getByTestId('reset-confirm');
		await expect(confirm.getByRole('button', { name: 'Hủy' })).toBeFocused();
		expect(await inReach(confirm.getByRole('button', { name: 'Hủy' }))).toBe(true);
		expect(await inReach(confirm.getByRole('button', { name: 'Xóa', exact: true }))).toBe(true);
	});
}

test('a saved setting says "Đã lưu" where the learner is looking', async ({ page }) => {
	await openSettings(page);
	const goal = page.locator('#goal');
	await goal.fill('15');
	await goal.press('Tab');
	const saved = page.getByTestId('settings-saved');
	await expect(saved).toHaveText('✓ Đã lưu');
	// Seen, not only announced: beside the field's own label, on screen.
	await expect(page.locator('label[for="goal"]').getByTestId('settings-saved')).toBeVisible();
	expect(await inReach(saved)).toBe(true);
	// One at a time: the next change moves it to its own field.
	await page.getByRole('radio', { name: 'Tối' }).check();
	await expect(page.locator('label[for="goal"]').getByTestId('settings-saved')).toHaveCount(0);
	await expect(saved).toBeVisible();
});
