import { expect, test } from '@playwright/test';
import { ROUTES } from './pwa-server';

test.describe('origin', () => {
	test.setTimeout(120_000);

	test('a whole study session makes no request to another host and breaks no CSP rule', async ({
		page,
		context,
		baseURL
	}) => {
		const origin = new URL(baseURL!).origin;
		const requests: string[] = [];
		let fromWorker = 0;
		// context-level events include the service worker's own fetches (precaching, update checks).
		context.on('request', (r) => {
			requests.push(r.url());
			if (r.serviceWorker()) fromWorker += 1;
		});
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`)
			);
		});

		await page.goto('/');
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		for (const route of ROUTES) {
			await page.goto(route);
			await expect(page.getByTestId('pwa-status')).toHaveAttribute('data-sw-controlled', 'true');
			await page.waitForLoadState('networkidle');
		}

		// Study: flip and grade a few flashcards with the keyboard (Space flips, 3 = Good).
		await page.goto('/study');
		await page.waitForLoadState('networkidle');
		for (let i = 0; i < 3; i += 1) {
			await page.keyboard.press('Space');
			await page.keyboard.press('3');
		}
		// Quiz: answer whatever the first screen offers by its first choice, a few times.
		await page.goto('/quiz');
		await page.waitForLoadState('networkidle');
		const start = page.getByRole('button', { name: /Bắt đầu/ });
		if (await start.isVisible()) await start.click();
		for (let i = 0; i < 3; i += 1) {
			// An option of the question on screen (not "Kết thúc bài", whose dialog would wait for an answer).
			const button = page.locator('section.question button:not([disabled])').first();
			if ((await button.count()) === 0) break;
			await button.click();
			// Answered once its feedback shows (a "chọn nhiều" option only toggles: then this walk stops). The
			// options are disabled from then on, so the next round must wait for the next question.
			const feedback = page.getByTestId('feedback');
			if (
				!(await feedback.waitFor({ timeout: 5000 }).then(
					() => true,
					() => false
				))
			)
				break;
			await page.getByRole('button', { name: /Câu tiếp|Xem kết quả/ }).click();
			await expect(feedback).toBeHidden();
		}
		await page.goto('/stats');
		await page.waitForLoadState('networkidle');

		const foreign = requests.filter((url) => {
			const u = new URL(url);
			return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin !== origin;
		});
		expect(requests.length).toBeGreaterThan(ROUTES.length);
		// The worker's precaching was seen too, so "no foreign request" covers it as well.
		expect(fromWorker).toBeGreaterThan(0);
		expect(foreign).toEqual([]);
		expect(violations).toEqual([]);
	});
});
