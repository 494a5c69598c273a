import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForDatabase } from './helpers';
import type { Bank } from '../../src/lib/domain/types';

// A learner in Vietnam: days, the streak and the heatmap follow Hà Nội's calendar.
test.use({ timezoneId: 'Asia/Ho_Chi_Minh' });

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;

/** Today: 12 answers, 9 correct; a study day on each of the 6 days before; older days with a gap. */
const TODAY_ANSWERS = 12;
const TODAY_CORRECT = 9;
const STREAK_DAYS = 7;

/** Waits until the app has created its database, then writes a realistic history into it. */
async function seedHistory(page: Page) {
	// Noon in Hà Nội (05:00 UTC): today's answers, seconds old, and the days counted back from them stay on
	// their days. At the wall clock the test failed when run in the first seconds after midnight.
	await page.clock.setFixedTime(Date.UTC(2026, 5, 15, 5, 0));
	await page.goto('/');
	// Ready once the app has loaded its state and registered the built-in deck (see waitForDatabase: an
	// async predicate given to waitForFunction returned at once, so the seeding could run before the upgrade).
	await waitForDatabase(page);
	await page.evaluate(
		async ({ deckId, questions, todayAnswers, todayCorrect, streakDays }) => {
			const DAY = 86_400_000;
			const now = Date.now();
			// Questions that left the bank still count as activity; keep one in the log.
			const ids = questions.length > 0 ? questions.map((q) => q.id) : ['gone-1', 'gone-2'];
			const byId = new Map(questions.map((q) => [q.id, q]));
			const reviews: Record<string, unknown>[] = [];
			let n = 0;
			const add = (at: number, correct: boolean) => {
				const questionId = ids[n % ids.length] as string;
				const q = byId.get(questionId);
				reviews.push({
					id: `${at}-${questionId}-seed${n}`,
					questionId,
					deckId,
					mode: 'flashcards',
					given: null,
					rating: correct ? 3 : 1,
					correct,
					ms: 4000,
					at,
					topic: q?.topic ?? 'general',
					type: q?.type ?? 'flashcard'
				});
				n++;
			};
			// Seconds apart, at noon: today's answers stay today.
			for (let i = 0; i < todayAnswers; i++) add(now - (i + 1) * 1000, i < todayCorrect);
			for (let d = 1; d < streakDays; d++)
				for (let i = 0; i < 3 + (d % 4) * 4; i++) add(now - d * DAY, i % 4 !== 0);
			// An older run of study days, broken by a gap before the current streak.
			for (let d = streakDays + 3; d < streakDays + 40; d += 1 + (d % 3)) {
				for (let i = 0; i < 2 + (d % 5) * 3; i++) add(now - d * DAY, i % 3 !== 0);
			}
			reviews.push({
				...reviews[0],
				id: `${now}-gone-seed`,
				at: now - 2 * DAY,
				questionId: 'left-the-bank:flashcard'
			});

			// Cards for two thirds of the bank: a mix of mastered, learning and due.
			const cards = questions
				.filter((_, i) => i % 3 !== 2)
				.map((q, i) => {
					const mastered = i % 4 === 0;
					const due = i % 5 === 0 ? now - DAY : now + ((i % 13) + 1) * DAY;
					return {
						questionId: q.id,
						deckId,
						due,
						stability: mastered ? 30 : 2 + (i % 7),
						difficulty: 5,
						elapsedDays: 2,
						scheduledDays: 3,
						learningSteps: 0,
						reps: 3,
						lapses: 0,
						state: mastered ? 2 : 1 + (i % 3),
						lastReview: now - 2 * DAY
					};
				});

			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open('on-bai');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction(['reviews', 'cards'], 'readwrite');
				for (const r of reviews) tx.objectStore('reviews').put(r);
				for (const c of cards) tx.objectStore('cards').put(c);
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{
			deckId: bank.deck.id,
			questions: bank.questions.map((q) => ({ id: q.id, topic: q.topic, type: q.type })),
			todayAnswers: TODAY_ANSWERS,
			todayCorrect: TODAY_CORRECT,
			streakDays: STREAK_DAYS
		}
	);
}

test('a learner without history sees a friendly empty state that points to studying', async ({ page }) => {
	await page.goto('/stats');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thống kê');
	const empty = page.getByTestId('stats-empty');
	await expect(empty).toBeVisible();
	await expect(empty.getByRole('link', { name: 'Bắt đầu ôn' })).toHaveAttribute('href', '/study');
	await page.screenshot({ path: 'test-results/stats-empty-light.png' });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.screenshot({ path: 'test-results/stats-empty-dark.png' });
});

test('the stats screen shows today, the streak and four charts with tables', async ({ page }) => {
	await seedHistory(page);
	await page.goto('/stats');
	await expect(page.getByTestId('stats')).toBeVisible();

	await expect(page.getByTestId('today-reviewed')).toContainText(String(TODAY_ANSWERS));
	await expect(page.getByTestId('today-accuracy')).toContainText('75');
	await expect(page.getByTestId('streak')).toContainText(`${STREAK_DAYS} ngày`);

	// Each chart is a picture with a text alternative, and has its numbers as a table.
	const charts = page.locator('svg[role="img"]');
	await expect(charts).toHaveCount(4);
	for (const label of await charts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
		expect(label.length).toBeGreaterThan(10);
	}
	await expect(page.getByRole('heading', { name: 'Lịch học' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Tỉ lệ đúng theo ngày' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Mức thuộc theo chủ đề' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Dự báo 14 ngày tới' })).toBeVisible();
	await expect(page.locator('details table')).toHaveCount(4);

	// The heatmap's table lists the study days: 7 days of the streak plus the older ones.
	const heat = page.locator('section[aria-labelledby="heatmap-title"]');
	await heat.getByText('Xem bảng số liệu').click();
	const heatRows = heat.locator('tbody tr');
	expect(await heatRows.count()).toBeGreaterThan(STREAK_DAYS);
	await expect(heatRows.first().locator('td')).toHaveText(String(TODAY_ANSWERS));

	// Nothing overflows a phone screen sideways.
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);

	await heat.getByText('Xem bảng số liệu').click();
	await page.emulateMedia({ colorScheme: 'light' });
	await page.screenshot({ path: 'test-results/stats-light.png', fullPage: true });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.screenshot({ path: 'test-results/stats-dark.png', fullPage: true });
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const axe = await new AxeBuilder({ page }).include('main').analyze();
		expect(
			axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
		for (const id of ['heatmap', 'accuracy', 'mastery', 'forecast']) {
			await page
				.locator(`section[aria-labelledby="${id}-title"]`)
				.screenshot({ path: `test-results/stats-${id}-${scheme}.png` });
		}
	}
});

test('the figures follow the language switch to English', async ({ page }) => {
	await seedHistory(page);
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('on-bai');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('settings', 'readwrite');
			const store = tx.objectStore('settings');
			const get = store.get('settings');
			get.onsuccess = () =>
				store.put(
					{ ...(get.result ?? {}), lang: 'en', theme: 'system', dailyGoal: 20, desiredRetention: 0.9 },
					'settings'
				);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	});
	await page.goto('/stats');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistics');
	await expect(page.getByTestId('streak')).toContainText(`${STREAK_DAYS} days`);
	await expect(page.getByRole('heading', { name: 'Next 14 days' })).toBeVisible();
	await page.screenshot({ path: 'test-results/stats-en-light.png', fullPage: true });
});
