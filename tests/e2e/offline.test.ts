import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DeckRecord, ReviewRecord } from '../../src/lib/domain/records';
import type { Bank } from '../../src/lib/domain/types';
import { answerAndGoOn, readStore, waitForDatabase } from './helpers';
import { PWA_PORT, ROUTES, serveStatic } from './pwa-server';

/** Waits until the service worker is active and controls this page, i.e. everything is precached. */
async function waitForControl(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Serves the build, visits "/" once so the service worker precaches everything, stops the server, then runs
 * `offline` with the (now dead) origin. The server is stopped even when the visit fails.
 */
async function visitThenStopServer(page: Page, offline: (url: string) => Promise<void>): Promise<void> {
	const server = await serveStatic('build', PWA_PORT);
	let stopped = false;
	try {
		await page.goto(`${server.url}/`);
		await waitForControl(page);
		await server.stop();
		stopped = true;
		await offline(server.url);
	} finally {
		if (!stopped) await server.stop();
	}
}

test.describe('offline', () => {
	test.setTimeout(120_000);

	test('an article pasted with the server stopped becomes a deck, and a quiz on it survives a reload', async ({
		page
	}) => {
		const article = readFileSync(new URL('../fixtures/articles/bo-van-hoa.txt', import.meta.url), 'utf8');
		await visitThenStopServer(page, async (url) => {
			await page.goto(`${url}/import`);
			await page.getByLabel('Nội dung bài báo').fill(article);
			// The worker's script comes from the precache too.
			await page.getByRole('button', { name: 'Tìm dữ kiện' }).click();
			await expect(page.getByRole('heading', { name: 'Kiểm tra dữ kiện' })).toBeVisible();
			await page.getByRole('button', { name: 'Tạo bộ thẻ' }).click();
			await expect(page.locator('.deck .eyebrow')).toHaveText('Bộ thẻ bạn thêm');
			const own = (await readStore<DeckRecord>(page, 'decks')).find((d) => d.kind === 'imported')!;
			const bank = own.bank as Bank;
			await page.goto(`${url}/quiz`);
			await page.getByRole('button', { name: /Bắt đầu/ }).click();
			const answered = await answerAndGoOn(page, new Map(bank.questions.map((q) => [q.id, q])), true);
			await page.reload();
			await waitForDatabase(page);
			const reviews = await readStore<ReviewRecord>(page, 'reviews');
			expect(reviews.map((r) => [r.deckId, r.questionId])).toEqual([[own.id, answered]]);
		});
	});

	test('after one visit every route opens, hydrates and loads the bank with the server stopped', async ({
		page
	}) => {
		await visitThenStopServer(page, async (url) => {
			// Proof the network is really gone: a request the service worker does not know fails.
			const probe = await page.evaluate(() =>
				fetch('/not-precached-' + Math.random()).then(
					(r) => r.status,
					() => 'failed'
				)
			);
			expect(probe).toBe('failed');

			const failed: string[] = [];
			page.on('requestfailed', (r) => {
				// ERR_ABORTED is the page itself cancelling a fetch when the test navigates on; a request
				// the worker could not answer fails with ERR_FAILED / ERR_CONNECTION_REFUSED instead.
				const error = r.failure()?.errorText ?? '';
				if (!error.includes('ERR_ABORTED')) failed.push(`${r.url()} ${error}`);
			});

			for (const route of ROUTES) {
				// Deep links: only "/" was ever visited online; the others come from the precache.
				const response = await page.goto(`${url}${route}`);
				expect(response?.status(), route).toBe(200);
				expect(response?.fromServiceWorker(), route).toBe(true);
				await expect(page.locator('html')).toHaveAttribute('lang', /^(vi|en)$/);
				// Set by PwaStatus once the page has hydrated: the route's JavaScript ran offline.
				await expect(page.getByTestId('pwa-status'), route).toHaveAttribute('data-sw-controlled', 'true');
				await page.reload();
				await expect(page.getByTestId('pwa-status'), `${route} reloaded`).toHaveAttribute(
					'data-sw-controlled',
					'true'
				);
			}

			// Client-side navigation too: the article page's prerendered data (__data.json) comes from the cache.
			await page.goto(`${url}/`);
			await page.locator('main a[href="/article"]').first().click();
			await expect(page).toHaveURL(/\/article$/);
			await expect(page.locator('main mark').first()).toBeVisible();

			// The question bank is a hashed JSON asset: precached, and fetched through the worker offline.
			const bank = await page.evaluate(async () => {
				for (const key of await caches.keys()) {
					const hit = (await (await caches.open(key)).keys()).find((r) => /\/bank\.[\w-]+\.json/.test(r.url));
					if (!hit) continue;
					const res = await fetch(new URL(hit.url).pathname);
					const data = (await res.json()) as { questions?: unknown[] };
					return { ok: res.ok, isBank: Array.isArray(data.questions) };
				}
				return null;
			});
			expect(bank).toEqual({ ok: true, isBank: true });
			expect(failed).toEqual([]);
		});
	});

	test('a quiz taken and finished with the server stopped keeps its answers across a reload', async ({
		page
	}) => {
		await visitThenStopServer(page, async (url) => {
			await page.goto(`${url}/quiz`);
			const setup = page.locator('form.setup');
			// The shortest quiz, true/false only: the point here is the network, not the question types.
			await setup.locator('fieldset').first().locator('label').first().click();
			const types = setup.locator('fieldset').nth(2);
			// The chips' labels take the taps (the inputs sit under them), as on a phone.
			for (const chip of await types.locator('label:has(input:checked)').all()) await chip.click();
			await types.locator('label', { hasText: 'Đúng / Sai' }).click();
			await expect(types.locator('input:checked')).toHaveCount(1);
			await expect(types.locator('label:has(input:checked)')).toHaveText('Đúng / Sai');
			await page.getByRole('button', { name: /Bắt đầu/ }).click();

			const question = page.locator('section.question');
			const results = page.getByTestId('score-pct');
			let answered = 0;
			for (;;) {
				await expect(question.or(results).first()).toBeVisible();
				if (await results.isVisible()) break;
				// Alternate answers so the score is neither 0 nor 100 by accident of the bank.
				await question.getByRole('button', { name: answered % 2 ? 'Sai' : 'Đúng', exact: true }).click();
				const feedback = page.getByTestId('feedback');
				await expect(feedback).toBeVisible();
				await feedback.getByRole('button', { name: /Câu tiếp|Xem kết quả/ }).click();
				answered += 1;
			}
			expect(answered).toBeGreaterThan(0);
			const line = await page.getByTestId('score-line').innerText();
			expect(line).toMatch(new RegExp(`/${answered} `));

			await page.reload();
			await expect(page.getByTestId('score-line')).toHaveText(line);
			// Finished and saved: a fresh /quiz offers a new quiz, not a resume.
			await page.goto(`${url}/quiz`);
			await expect(page.getByRole('button', { name: /Bắt đầu/ })).toBeVisible();
			await expect(page.getByRole('button', { name: 'Làm tiếp' })).toHaveCount(0);
		});
	});

	test('the offline badge follows the connection and the ready notice shows once', async ({
		page,
		context
	}) => {
		const server = await serveStatic('build', PWA_PORT);
		try {
			await page.goto(`${server.url}/`);
			await expect(page.getByTestId('pwa-status')).toHaveAttribute('data-sw-controlled', 'true');
			// It arrives with the next screen, not by itself on the page that is being read.
			await page.getByRole('navigation').getByRole('link', { name: 'Thống kê' }).click();
			await expect(page.getByTestId('offline-ready')).toContainText('Đã sẵn sàng dùng khi không có mạng');
			await page.getByTestId('offline-ready').getByRole('button').click();
			await expect(page.getByTestId('offline-ready')).toHaveCount(0);

			await context.setOffline(true);
			await expect(page.getByTestId('offline-badge')).toContainText('Không có mạng');
			await context.setOffline(false);
			await expect(page.getByTestId('offline-badge')).toHaveCount(0);

			// Remembered in localStorage: a reload does not announce it again.
			await page.reload();
			await expect(page.getByTestId('pwa-status')).toHaveAttribute('data-sw-controlled', 'true');
			await expect(page.getByTestId('offline-ready')).toHaveCount(0);
		} finally {
			await server.stop();
		}
	});
});
