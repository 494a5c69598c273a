/**
 * Bad input gets a typed result saying what is wrong, never a throw; cleaning handles HTML, NFD, invisible
 * characters; a megabyte of pathological punctuation is read in linear work.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/lib/domain/extract';
import { MAX_INPUT_LENGTH } from '../../../../src/lib/domain/extract/input';
import { cleanText } from '../../../../src/lib/domain/extract/clean';
import { articleText } from '../facts/load';

const SENTENCE = 'Ông Phạm Văn Thành, Phó Chủ tịch UBND tỉnh Quảng Ninh cho biết tỉnh có 08 cặp kết nghĩa.';

describe('bad input', () => {
	it.each([
		['empty', ''],
		['empty', '   \n\t  '],
		['empty', '<p> </p><script>var x = "ông A, Chủ tịch"</script>']
	])('%s: %j', (reason, input) => {
		expect(extractFacts(input)).toMatchObject({ ok: false, reason, message: expect.any(String) });
	});

	it('says when the text is not Vietnamese', () => {
		const english = 'The delegation met the provincial leaders on Monday to discuss cooperation. '.repeat(20);
		expect(extractFacts(english)).toMatchObject({ ok: false, reason: 'not-vietnamese' });
	});

	it('says when the text holds no facts', () => {
		const r = extractFacts('Trời hôm nay đẹp quá, chúng tôi đi dạo trong công viên và nói chuyện với nhau.');
		expect(r).toMatchObject({ ok: false, reason: 'no-facts' });
	});

	it("says when the bytes are a binary file's", () => {
		const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
		const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
		expect(extractFacts(text)).toMatchObject({ ok: false, reason: 'binary' });
	});

	it('says when the text is too long, with the limit', () => {
		const long = `${SENTENCE} `.repeat(Math.ceil((1 << 20) / SENTENCE.length));
		const r = extractFacts(long);
		expect(r).toMatchObject({ ok: false, reason: 'too-long', limit: MAX_INPUT_LENGTH, length: long.length });
		if (!r.ok) expect(r.message).toContain(MAX_INPUT_LENGTH.toLocaleString('vi-VN'));
	});

	it('never throws on strange strings', () => {
		for (const s of [
			'(((((',
			'"""""',
			'1.2.3.4.5',
			'.'.repeat(1000),
			'ông ông ông',
			'08 (07 (06 (05',
			'năm 2',
			'\u0301\u0301'
		]) {
			expect(() => extractFacts(s), s).not.toThrow();
		}
	});

	it('reads a megabyte of pathological punctuation in work linear in its length', () => {
		const unit = 'Ông A, B, C; "D (E - F – G... 1.2.3,4 / 5 / 6 năm 20 (PGS.TS. H.I. ';
		const small = unit.repeat(Math.ceil(100_000 / unit.length));
		const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
		const a = extractFacts(small, { maxLength: 2_000_000 });
		const started = performance.now();
		const b = extractFacts(big, { maxLength: 2_000_000 });
		const elapsed = performance.now() - started;
		// Work: tokens read grow with the text, ten times the text is about ten times the tokens.
		const tokens = (r: typeof a) => (r.ok ? r.stats.tokens : 0);
		expect(tokens(b)).toBeLessThanOrEqual(tokens(a) * 11);
		// A generous bound: quadratic work on a megabyte would take minutes.
		expect(elapsed).toBeLessThan(20_000);
	});
});

describe('cleaning', () => {
	it('turns decomposed text into NFC and drops soft hyphens, zero-width characters and odd spaces', () => {
		const nfd = SENTENCE.normalize('NFD')
			.replace('Qu', 'Qu\u00ad')
			.replace('tỉnh '.normalize('NFD'), 'tỉnh\u00a0'.normalize('NFD'))
			.replace('08 ', '08\u200b ');
		expect(nfd).not.toBe(SENTENCE);
		const clean = cleanText(nfd);
		expect(clean.text).toBe(SENTENCE);
		expect(
			clean.text.includes('\u00ad') || clean.text.includes('\u00a0') || clean.text.includes('\u200b')
		).toBe(false);
	});

	it('turns HTML into text: tags and scripts dropped, entities decoded, blocks as lines, captions marked', () => {
		const html =
			'<html><head><style>p{}</style></head><body><h1>Tiêu&nbsp;đề</h1><p>Ông Lê Văn A &ndash; Giám đốc Sở Ngoại vụ&#46;</p><script>alert("x")</script><figure><figcaption>Ông Lê Văn A phát biểu</figcaption></figure><p>Xem thêm: tin khác</p></body></html>';
		const clean = cleanText(html);
		expect(clean.html).toBe(true);
		expect(clean.text).toBe(
			'Tiêu đề\nÔng Lê Văn A – Giám đốc Sở Ngoại vụ.\nÔng Lê Văn A phát biểu\nXem thêm: tin khác'
		);
		expect(clean.lines.map((l) => l.role)).toEqual(['heading', 'body', 'caption', 'related']);
	});

	it('keeps captions, bylines, datelines and related links out of the facts but uses them as context', () => {
		const text =
			'Thứ Ba, 12/04/2022 09:15\nÔng Lê Văn An, Giám đốc Sở Ngoại vụ tỉnh Cà Mau cho biết tỉnh có 35 chi hội.\nXem thêm: Cà Mau có 99 hợp tác xã mới\nẢnh: Trần Văn Bình\nKim Ngân';
		const r = extractFacts(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.context).toMatchObject({ province: 'Cà Mau', date: '12/04/2022', byline: 'Kim Ngân' });
		expect(r.facts.some((f) => f.quote.includes('99') || f.quote.includes('Trần Văn Bình'))).toBe(false);
		expect(r.facts.some((f) => f.kind === 'count' && f.written === '35')).toBe(true);
	});

	it('leaves the built-in article as it is (its quotes are quotes of the file)', () => {
		expect(cleanText(articleText()).text).toBe(articleText().trim());
	});
});
