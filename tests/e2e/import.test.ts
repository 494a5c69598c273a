import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { DeckRecord, ReviewRecord } from '../../src/lib/domain/records';
import type { Bank } from '../../src/lib/domain/types';
import { docx } from '../fixtures/docx';
import { answerAndGoOn, readStore, reviewDrawn, waitForDatabase, type BankQuestion } from './helpers';

const article = readFileSync(new URL('../fixtures/articles/bo-van-hoa.txt', import.meta.url), 'utf8');

async function openImport(page: Page) {
	await page.goto('/');
	await expect(page.locator('main[data-ready="true"]')).toBeAttached();
	await page.getByTestId('add-deck').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Thêm bài báo' })).toBeVisible();
}

/** Pastes the fixture article, drops its first fact, and creates the deck; returns the stored deck. */
async function importArticle(page: Page): Promise<DeckRecord> {
	await openImport(page);
	await page.getByLabel('Nội dung bài báo').fill(article);
	await page.getByRole('button', { name: 'Tìm dữ kiện' }).click();
	await expect(page.getByRole('heading', { name: 'Kiểm tra dữ kiện' })).toBeVisible();
	await reviewDrawn(page);
	const facts = page.getByTestId('fact');
	expect(await facts.count()).toBeGreaterThan(3);
	// Drawn a batch per frame, the list ends with every fact the header counts.
	const found = Number((await page.getByTestId('found').textContent())?.match(/Tìm thấy (\d+) dữ kiện/)?.[1]);
	expect(await facts.count()).toBe(found);
	// Every proposed fact shows its sentence from the article.
	for (const quote of await facts.locator('blockquote').allTextContents())
		expect(article).toContain(quote.trim());
	const first = facts.first().getByRole('checkbox');
	await expect(first).toBeChecked();
	await first.uncheck();
	await page.getByRole('button', { name: 'Tạo bộ thẻ' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('.deck .eyebrow')).toHaveText('Bộ thẻ bạn thêm');
	const decks = await readStore<DeckRecord>(page, 'decks');
	const own = decks.find((d) => d.kind === 'imported');
	expect(own).toBeDefined();
	return own!;
}

test('a pasted article becomes a deck: facts reviewed, a quiz on it saved, the built-in deck still there', async ({
	page
}) => {
	const own = await importArticle(page);
	const bank = own.bank as Bank;
	await expect(page.locator('#deck-title')).toHaveText(own.title);
	await expect(page.getByTestId('deck-total')).toHaveText(`${bank.questions.length} câu hỏi`);
	// Every question is under the deck's id and quotes the article.
	for (const q of bank.questions) {
		expect(q.id.startsWith(`${own.id}/`)).toBe(true);
		expect(article.normalize('NFC').replace(/\s+/g, ' ')).toContain(q.source.quote.replace(/\s+/g, ' '));
	}

	await page.goto('/quiz');
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	const byId = new Map<string, BankQuestion>(bank.questions.map((q) => [q.id, q]));
	const answered = await answerAndGoOn(page, byId, true);
	await page.reload();
	await waitForDatabase(page);
	const reviews = await readStore<ReviewRecord>(page, 'reviews');
	expect(reviews.map((r) => [r.deckId, r.questionId])).toEqual([[own.id, answered]]);

	// Home still offers the built-in deck; switching back shows it, with none of the new deck's progress.
	await page.goto('/');
	await page.getByRole('button', { name: /Học bộ này/ }).click();
	await expect(page.locator('.deck .eyebrow')).toHaveText('Bộ câu hỏi có sẵn');
	await expect(page.getByRole('button', { name: new RegExp(own.title.slice(0, 20)) })).toBeVisible();
});

test('importing the same article twice keeps one deck; rename and delete leave no orphaned progress', async ({
	page
}) => {
	page.on('dialog', (d) => void d.accept());
	const own = await importArticle(page);
	await importArticle(page);
	expect((await readStore<DeckRecord>(page, 'decks')).filter((d) => d.kind === 'imported')).toHaveLength(1);
	await page.goto('/study');
	await page.getByTestId('flip').click();
	await page.getByTestId('grade-3').click();
	await expect.poll(async () => (await readStore<ReviewRecord>(page, 'reviews')).length).toBe(1);

	await page.goto('/import');
	const row = page.getByTestId('own-deck');
	await row.getByRole('button', { name: 'Đổi tên' }).click();
	await row.getByRole('textbox').fill('Bài của tôi');
	await row.getByRole('button', { name: 'Lưu' }).click();
	await expect(row).toContainText('Bài của tôi');
	expect((await readStore<DeckRecord>(page, 'decks')).find((d) => d.id === own.id)?.title).toBe(
		'Bài của tôi'
	);
	await row.getByRole('button', { name: 'Xoá' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã xoá bộ thẻ.' })).toBeVisible();
	expect((await readStore<DeckRecord>(page, 'decks')).map((d) => d.kind)).toEqual(['builtin']);
	for (const store of ['reviews', 'cards', 'attempts'])
		expect((await readStore<{ deckId: string }>(page, store)).filter((r) => r.deckId === own.id)).toEqual([]);
});

test('"Sửa lại bài" goes back to the text as it was, editable, and finding again gives the same facts', async ({
	page
}) => {
	await openImport(page);
	const field = page.getByLabel('Nội dung bài báo');
	await field.fill(article);
	await page.getByRole('button', { name: 'Tìm dữ kiện' }).click();
	await reviewDrawn(page);
	const found = await page.getByTestId('found').textContent();
	await page.getByRole('button', { name: 'Sửa lại bài' }).click();
	await expect(page.getByTestId('import-review')).toHaveCount(0);
	await expect(field).toBeVisible();
	await expect(field).toHaveValue(article);
	await expect(field).toBeEditable();
	await field.press('End');
	await field.pressSequentially(' Hết.');
	await expect(field).toHaveValue(`${article} Hết.`);
	await page.getByRole('button', { name: 'Tìm dữ kiện' }).click();
	await reviewDrawn(page);
	await expect(page.getByTestId('found')).toHaveText(found ?? '');
	// While the review showed, the text box was only hidden, never a second one made.
	await expect(page.getByRole('textbox', { name: 'Nội dung bài báo', includeHidden: true })).toHaveCount(1);
});

test('bad input gets a clear message and changes nothing; a share with text or only a link', async ({
	page
}) => {
	await openImport(page);
	const problem = page.getByTestId('import-problem');
	await page.getByRole('button', { name: 'Tìm dữ kiện' }).click();
	await expect(problem).toHaveText('Chưa có nội dung. Hãy dán bài báo hoặc mở một tệp.');
	await page.getByLabel('Nội dung bài báo').fill('The quick brown fox jumps over the lazy dog. '.repeat(20));
	await page.getByRole('button', { name: 'Tìm dữ kiện' }).click();
	await expect(problem).toContainText('không phải tiếng Việt');
	await page
		.getByLabel('Nội dung bài báo')
		.fill('<script>alert(1)</script><p>Hôm nay trời đẹp và mọi người đi chơi.</p>');
	await page.getByRole('button', { name: 'Tìm dữ kiện' }).click();
	await expect(problem).toBeVisible();
	expect(await page.evaluate(() => document.querySelectorAll('main script').length)).toBe(0);
	expect((await readStore<DeckRecord>(page, 'decks')).map((d) => d.kind)).toEqual(['builtin']);

	await page.goto(
		`/import?title=${encodeURIComponent('Tin')}&text=${encodeURIComponent('Ông Nguyễn Văn A')}`
	);
	await expect(page.getByLabel('Nội dung bài báo')).toHaveValue('Tin\n\nÔng Nguyễn Văn A');
	await page.goto(`/import?url=${encodeURIComponent('https://example.com/bai-bao')}`);
	await expect(problem).toContainText('Chỉ nhận được đường liên kết');
});

test('a deck sent as a file opens as the same deck on a fresh profile, once; a damaged file changes nothing', async ({
	page,
	browser
}) => {
	const own = await importArticle(page);
	await page.goto('/import');
	const downloading = page.waitForEvent('download');
	await page.getByTestId('own-deck').getByRole('button', { name: 'Gửi tệp' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.onbai\.txt$/);
	const file = readFileSync((await download.path())!, 'utf8');
	await expect(page.getByRole('status').filter({ hasText: 'Đã tải tệp bộ thẻ' })).toBeVisible();

	// Another phone: a new browser context, nothing in its storage.
	const other = await browser.newContext({ viewport: { width: 360, height: 640 } });
	const fresh = await other.newPage();
	await openImport(fresh);
	const input = fresh.locator('input[type="file"]');
	const damaged = file.replace(own.title, `${own.title} (sửa)`);
	await input.setInputFiles({ name: 'hong.onbai.txt', mimeType: 'text/plain', buffer: Buffer.from(damaged) });
	await expect(fresh.getByTestId('import-problem')).toContainText('mã kiểm tra không khớp');
	expect((await readStore<DeckRecord>(fresh, 'decks')).map((d) => d.kind)).toEqual(['builtin']);

	const upload = { name: download.suggestedFilename(), mimeType: 'text/plain', buffer: Buffer.from(file) };
	await input.setInputFiles(upload);
	await expect(fresh.getByRole('status').filter({ hasText: 'Đã thêm bộ thẻ' })).toBeVisible();
	await input.setInputFiles(upload);
	await expect(fresh.getByRole('status').filter({ hasText: 'đã có trên máy' })).toBeVisible();
	const decks = (await readStore<DeckRecord>(fresh, 'decks')).filter((d) => d.kind === 'imported');
	expect(decks.map((d) => [d.id, d.title])).toEqual([[own.id, own.title]]);
	expect((decks[0]!.bank as Bank).questions.map((q) => q.id)).toEqual(
		(own.bank as Bank).questions.map((q) => q.id)
	);
	await fresh.goto('/');
	await expect(fresh.locator('#deck-title')).toHaveText(own.title);
	// Its article, with the facts marked, on the new phone.
	await fresh.goto('/article');
	await expect(fresh.locator('article h1')).toHaveText(own.title);
	// The title shows at once; the facts are marked once the deck's own article is made from IndexedDB.
	await expect(fresh.locator('article')).toHaveAttribute('aria-busy', 'false');
	expect(await fresh.locator('article mark').count()).toBeGreaterThan(3);
	await other.close();
});

test('a Word .docx opens as its article, its text never rendered as HTML; a damaged one says so', async ({
	page
}) => {
	await openImport(page);
	const input = page.locator('input[type="file"]');
	const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
	const paragraphs = [
		'<img src=x onerror="window.hacked=1">',
		...article.split('\n').filter((l) => l.trim())
	];
	const bytes = Buffer.from(docx(paragraphs));
	await input.setInputFiles({ name: 'hong.docx', mimeType: type, buffer: bytes.subarray(0, 300) });
	await expect(page.getByTestId('import-problem')).toHaveText(
		'Tệp Word này bị hỏng, không đọc được nội dung. Không có gì thay đổi.'
	);
	await input.setInputFiles({ name: 'bai-bao.docx', mimeType: type, buffer: bytes });
	await expect(page.getByRole('heading', { name: 'Kiểm tra dữ kiện' })).toBeVisible();
	await reviewDrawn(page);
	expect(await page.getByTestId('fact').count()).toBeGreaterThan(3);
	expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
	expect(await page.locator('main img').count()).toBe(0);
	expect((await readStore<DeckRecord>(page, 'decks')).map((d) => d.kind)).toEqual(['builtin']);
});

test('a pasted card list becomes a deck: its cards reviewed, a flashcard and a choice question on it', async ({
	page
}) => {
	await openImport(page);
	const list = [
		'VUFO\tLiên hiệp các tổ chức hữu nghị Việt Nam',
		'PACCOM\tBan Điều phối viện trợ nhân dân',
		'Hủa Phăn\tTỉnh Bắc Lào giáp Thanh Hoá',
		'Luang Prabang\tCố đô của Lào'
	];
	await page.getByLabel('Nội dung bài báo').fill(list.join('\n'));
	await page.getByRole('button', { name: 'Tìm dữ kiện' }).click();
	await expect(page.getByTestId('found')).toHaveText('Đọc được 4 thẻ · Giữ 4/4');
	await reviewDrawn(page);
	await page.getByTestId('card').last().getByRole('checkbox').uncheck();
	await page.getByRole('button', { name: 'Tạo bộ thẻ' }).click();
	await expect(page.getByTestId('import-problem')).toHaveText('Hãy đặt tên cho bộ thẻ.');
	await page.getByLabel('Tên bộ thẻ').fill('Từ viết tắt');
	await page.getByRole('button', { name: 'Tạo bộ thẻ' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('#deck-title')).toHaveText('Từ viết tắt');
	const own = (await readStore<DeckRecord>(page, 'decks')).find((d) => d.kind === 'imported')!;
	expect(own.text).toBe(list.slice(0, 3).join('\n'));
	const bank = own.bank as Bank;
	expect(bank.questions.map((q) => q.type).sort()).toEqual([
		...Array(3).fill('choice'),
		...Array(3).fill('flashcard'),
		...Array(3).fill('typed')
	]);

	await page.goto('/study');
	await expect(page.getByTestId('flip')).toBeVisible();
	await page.getByTestId('flip').click();
	await page.getByTestId('grade-3').click();
	await expect.poll(async () => (await readStore<ReviewRecord>(page, 'reviews')).length).toBe(1);
	await page.goto('/quiz');
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	const byId = new Map<string, BankQuestion>(bank.questions.map((q) => [q.id, q]));
	await answerAndGoOn(page, byId, true);
	await expect.poll(async () => (await readStore<ReviewRecord>(page, 'reviews')).length).toBe(2);
	for (const r of await readStore<ReviewRecord>(page, 'reviews')) expect(r.deckId).toBe(own.id);

	// The article reader shows the list, each card marked; a mark opens its questions.
	await page.goto('/article');
	await expect(page.locator('article h1')).toHaveText('Từ viết tắt');
	await expect(page.locator('article mark')).toHaveText(list.slice(0, 3).map((l) => l.replace('\t', ' – ')));
	await page.locator('article .hl').first().click();
	await expect(page.getByRole('dialog')).toContainText('VUFO');
});
