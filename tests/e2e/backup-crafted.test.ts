/**
 * Issue 9, part 1, in Chromium with real IndexedDB: backup files crafted from the app's own download are
 * imported through the settings page. Each is refused with a sentence naming what is wrong and saying that
 * nothing changed, and the database holds exactly what it held before. Files are generated here.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { canonicalJson, sha256Hex, type BackupFile } from '../../src/lib/domain/backup';
import { readStore, waitForDatabase } from './helpers';

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as {
	deck: { id: string };
	questions: { id: string; type: string; topic: string }[];
};
const DECK = bank.deck.id;
const [Q1, Q2] = bank.questions.filter((q) => q.type === 'flashcard');
const UNCHANGED = 'Dữ liệu trên máy không thay đổi.';

/** Three answers written as the app writes them; repair then builds their cards from the log. */
async function seed(page: Page) {
	await page.evaluate(
		async ({ deckId, questions }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open('on-bai');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			await new Promise((resolve, reject) => {
				const tx = db.transaction('reviews', 'readwrite');
				const t = Date.now() - 3 * 86_400_000;
				[questions[0], questions[1], questions[0]].forEach((q, i) =>
					tx.objectStore('reviews').put({
						id: `${t + i}-${q!.id}-e2e`,
						questionId: q!.id,
						deckId,
						mode: 'flashcards',
						given: null,
						rating: 3,
						correct: true,
						ms: 2000,
						at: t + i * 86_400_000,
						topic: q!.topic,
						type: 'flashcard'
					})
				);
				tx.oncomplete = () => resolve(null);
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ deckId: DECK, questions: [Q1, Q2] }
	);
}

/** Every store of the database, for comparing before and after. */
async function snapshot(page: Page) {
	const out: Record<string, unknown[]> = {};
	for (const store of ['cards', 'reviews', 'attempts', 'decks', 'settings']) {
		out[store] = await readStore(page, store);
	}
	return out;
}

const resign = async (f: BackupFile) =>
	JSON.stringify({ ...f, checksum: await sha256Hex(canonicalJson(f.data)) });

type Rec = Record<string, unknown>;
type Data = { reviews: Rec[]; cards: Rec[]; settings: Rec | null };

const CRAFTED: { name: string; craft: (f: BackupFile) => Promise<string>; message: string }[] = [
	{
		name: 'a review edited under __proto__ after export',
		craft: async (f) =>
			JSON.stringify(f).replace('"reviews":[{', '"reviews":[{"__proto__":{"ms":-100000000000},'),
		message: `Tệp chứa khóa “__proto__”, “constructor” hoặc “prototype”, Ôn bài không bao giờ tạo ra khóa như vậy (ở data.reviews[0].__proto__). ${UNCHANGED}`
	},
	{
		name: 'a review that took -1e11 ms',
		craft: async (f) => {
			(f.data as unknown as Data).reviews[1]!.ms = -1e11;
			return resign(f);
		},
		message: `Tệp sao lưu bị từ chối: câu trả lời thứ 2, trường “ms” (thời gian trả lời) nằm ngoài giới hạn cho phép. ${UNCHANGED}`
	},
	{
		name: 'a card with stability -5',
		craft: async (f) => {
			(f.data as unknown as Data).cards[0]!.stability = -5;
			return resign(f);
		},
		message: `Tệp sao lưu bị từ chối: thẻ thứ 1, trường “stability” (độ bền trí nhớ) nằm ngoài giới hạn cho phép. ${UNCHANGED}`
	},
	{
		name: 'settings with a daily goal of -5',
		craft: async (f) => {
			const data = f.data as unknown as Data;
			data.settings = { ...(data.settings ?? { lang: 'vi', theme: 'system' }), dailyGoal: -5 };
			return resign(f);
		},
		message: `Tệp sao lưu bị từ chối: phần cài đặt, trường “dailyGoal” (số thẻ mới mỗi ngày) nằm ngoài giới hạn của cài đặt này. ${UNCHANGED}`
	},
	{
		name: 'an answer nested 100,000 levels deep',
		craft: async (f) =>
			(await resign(f)).replace('"given":null', `"given":${'['.repeat(100_000)}${']'.repeat(100_000)}`),
		message: `Tệp có dữ liệu lồng nhau quá sâu, Ôn bài không bao giờ tạo ra tệp như vậy (ở data.reviews[0].given${'[0]'.repeat(12)}). ${UNCHANGED}`
	}
];

test('crafted backup files are refused through the settings page, each with its message, and change nothing', async ({
	page
}) => {
	await page.goto('/');
	await waitForDatabase(page);
	await seed(page);
	await page.goto('/settings');
	await page.getByRole('button', { name: 'Kiểm tra và sửa dữ liệu' }).click();
	await expect(page.getByTestId('repair-result')).toHaveText(
		'Đã kiểm tra xong và sửa: tính lại 2 thẻ từ lịch sử trả lời.'
	);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải tệp sao lưu' }).click()
	]);
	const real = readFileSync(await download.path(), 'utf8');
	expect((JSON.parse(real) as BackupFile).data.cards).toHaveLength(2);
	const before = await snapshot(page);

	const input = page.getByLabel('Khôi phục từ tệp sao lưu');
	const error = page.getByTestId('backup-error');
	for (const c of CRAFTED) {
		const text = await c.craft(JSON.parse(real) as BackupFile);
		await input.setInputFiles({
			name: 'sao-luu.json',
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		await expect(error, c.name).toHaveText(c.message);
		expect(await snapshot(page), c.name).toEqual(before);
	}

	// The real file still imports: nothing new in it.
	await input.setInputFiles({
		name: 'sao-luu.json',
		mimeType: 'application/json',
		buffer: Buffer.from(real)
	});
	await expect(page.getByTestId('backup-message')).toHaveText(
		'Tệp không có gì mới: cả 3 câu trả lời đều đã có trên máy.'
	);
	expect(await snapshot(page)).toEqual(before);
});
