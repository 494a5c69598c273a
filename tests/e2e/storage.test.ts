import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readStore as readAll, waitForDatabase } from './helpers';
import { DB_VERSION } from '../../src/lib/storage/migrations';

const BANK = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as {
	deck: { id: string };
	questions: { id: string; type: string }[];
};
const DECK = BANK.deck.id;
// Questions the deck asks: a backup's answers to questions no deck asks get no card (issue 9).
const [QA, QB] = BANK.questions.filter((q) => q.type === 'flashcard').map((q) => q.id);

/** Opens the app and waits until it has created "on-bai" and registered the built-in deck. */
async function openApp(page: Page) {
	await page.goto('/');
	await waitForDatabase(page);
}

const countReviews = async (page: Page) => (await readAll(page, 'reviews')).length;

/** Three answers written as the app writes them (the review log only: cards are rebuilt on import). */
async function seedReviews(page: Page) {
	await page.evaluate(
		async ({ deckId, qa, qb }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open('on-bai');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			await new Promise((resolve, reject) => {
				const tx = db.transaction('reviews', 'readwrite');
				const t = Date.now() - 3 * 86_400_000;
				[qa, qb, qa].forEach((questionId, i) =>
					tx.objectStore('reviews').put({
						id: `${t + i}-${questionId}-e2e`,
						questionId,
						deckId,
						mode: 'flashcards',
						given: null,
						rating: 3,
						correct: true,
						ms: 2000,
						at: t + i * 86_400_000
					})
				);
				tx.oncomplete = () => resolve(null);
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ deckId: DECK, qa: QA!, qb: QB! }
	);
}

test('the app creates the "on-bai" database with every store and index', async ({ page }) => {
	await openApp(page);
	const shape = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('on-bai');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const names = [...db.objectStoreNames];
		const tx = db.transaction(names);
		const stores = Object.fromEntries(names.map((n) => [n, [...tx.objectStore(n).indexNames].sort()]));
		db.close();
		return { version: db.version, stores };
	});
	expect(shape.version).toBe(DB_VERSION);
	expect(shape.stores).toEqual({
		accepted: ['by-deck'],
		attempts: ['by-deck', 'by-deck-started'],
		cards: ['by-deck', 'by-due'],
		decks: [],
		flags: ['by-deck'],
		reviews: ['by-at', 'by-deck', 'by-deck-at', 'by-question'],
		settings: []
	});
});

test('settings show storage status, export a backup, and importing it back adds no duplicates', async ({
	page
}) => {
	await openApp(page);
	await seedReviews(page);

	await page.goto('/settings');
	const storage = page.getByTestId('storage-panel');
	await expect(storage.getByRole('heading', { name: 'Bộ nhớ trên máy' })).toBeVisible();
	await expect(page.getByTestId('storage-status')).toHaveAttribute('data-persistent', /^(true|false)$/);
	await expect(page.getByTestId('storage-usage')).toContainText('Đã dùng');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải tệp sao lưu' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^on-bai-sao-luu-\d{4}-\d{2}-\d{2}\.json$/);
	const file = await download.path();
	const backup = JSON.parse(readFileSync(file, 'utf8'));
	expect(backup).toMatchObject({ format: 'on-bai-backup', formatVersion: 1 });
	expect(backup.data.reviews).toHaveLength(3);

	// The same file back: nothing new, nothing doubled.
	await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
	await expect(page.getByTestId('backup-message')).toHaveText(
		'Tệp không có gì mới: cả 3 câu trả lời đều đã có trên máy.'
	);
	expect(await countReviews(page)).toBe(3);

	// Reset the deck (through its confirm step), then restore: the answers come back once, with their cards.
	await page.getByRole('button', { name: 'Xóa tiến độ…' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Xóa', exact: true }).click();
	await expect(page.getByTestId('reset-panel').getByRole('status')).toHaveText('Đã xóa tiến độ.');
	expect(await countReviews(page)).toBe(0);
	await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
	await expect(page.getByTestId('backup-message')).toHaveText(
		'Đã khôi phục: thêm 3 câu trả lời, bỏ qua 0 câu trả lời đã có.'
	);
	expect(await countReviews(page)).toBe(3);
	const cards = await readAll<{ questionId: string; reps: number }>(page, 'cards');
	expect(
		cards
			.filter((c) => c.questionId === QA || c.questionId === QB)
			.map((c) => [c.questionId, c.reps])
			.sort()
	).toEqual(
		[
			[QA, 2],
			[QB, 1]
		].sort()
	);

	// "Check and repair" finds nothing to fix right after a rebuild.
	await page.getByRole('button', { name: 'Kiểm tra và sửa dữ liệu' }).click();
	await expect(page.getByTestId('repair-result')).toHaveText('Đã kiểm tra xong, dữ liệu không có lỗi.');
});

test('a damaged backup file is refused with a clear message and changes nothing', async ({ page }) => {
	await openApp(page);
	await seedReviews(page);
	await page.goto('/settings');
	await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles({
		name: 'hong.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"on-bai-backup","formatVersion":1,"checksum":"')
	});
	const alert = page.getByRole('alert').filter({ hasText: 'Tệp bị hỏng' });
	await expect(alert).toContainText('Tệp bị hỏng');
	await expect(alert).toContainText('Dữ liệu trên máy không thay đổi.');
	expect(await countReviews(page)).toBe(3);
});

test('the deck exports as Anki text and as CSV', async ({ page }) => {
	await openApp(page);
	await page.goto('/settings');
	const [anki] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải cho Anki (.txt)' }).click()
	]);
	const text = readFileSync(await anki.path(), 'utf8');
	expect(text.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
	expect(text).toMatch(/^#deck:.*Quảng Ninh.*$/m);
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải tệp CSV' }).click()
	]);
	expect(csv.suggestedFilename()).toMatch(/\.csv$/);
});

test('a newer version opened in another tab makes this tab let go and offer a reload', async ({
	page,
	context
}) => {
	await openApp(page);
	const other = await context.newPage();
	await other.goto('/settings');
	await other.waitForFunction(() => document.querySelector('main')?.dataset.ready === 'true');
	// The other tab plays a newer app: it upgrades the database. It must not be blocked by the open tabs.
	const version = await other.evaluate(
		(newer) =>
			new Promise<number>((resolve, reject) => {
				const req = indexedDB.open('on-bai', newer);
				req.onblocked = () => reject(new Error('upgrade blocked by an open tab'));
				req.onsuccess = () => {
					resolve(req.result.version);
					req.result.close();
				};
				req.onerror = () => reject(req.error);
			}),
		DB_VERSION + 1
	);
	expect(version).toBe(DB_VERSION + 1);
	for (const p of [page, other]) {
		const alert = p
			.getByRole('alert')
			.filter({ hasText: 'Ứng dụng vừa được cập nhật ở một tab khác. Hãy tải lại trang.' });
		await expect(alert).toBeVisible();
		await expect(alert.getByRole('button', { name: 'Tải lại' })).toBeVisible();
	}
});

test('without IndexedDB the app still works and says, persistently, that progress will not be saved', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('The user denied permission to access the database.', 'SecurityError');
			}
		});
	});
	await page.goto('/settings');
	await expect(
		page.getByRole('status').filter({ hasText: 'Không lưu được tiến độ trên trình duyệt này' })
	).toBeVisible();
	await expect(page.getByTestId('storage-status')).toHaveAttribute('data-persistent', 'false');
	// The backup still works on what this session holds.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải tệp sao lưu' }).click()
	]);
	expect(JSON.parse(readFileSync(await download.path(), 'utf8')).format).toBe('on-bai-backup');
});
