import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { documentText, docxText, DocxError, type Inflate } from '../../../../src/lib/domain/decks/docx';
import { readDocx } from '../../../../src/lib/import/docx';
import { docx, zip } from '../../../fixtures/docx';
import { ROOT } from '../facts/load';

const nodeInflate: Inflate = async (data) => new Uint8Array(inflateRawSync(data));
const article = readFileSync(join(ROOT, 'tests/fixtures/articles/bo-van-hoa.txt'), 'utf8');
const paragraphs = article.split('\n').filter((l) => l.trim() !== '');

async function problemOf(bytes: Uint8Array): Promise<string> {
	try {
		await readDocx(bytes);
	} catch (e) {
		if (e instanceof DocxError) return e.problem;
		throw e;
	}
	return 'read';
}

describe('reading a .docx', () => {
	it('gives its paragraphs one a line, runs joined, with the browser decompressor and with zlib alike', async () => {
		const file = docx(paragraphs);
		const text = await readDocx(file);
		expect(text).toBe(paragraphs.join('\n').normalize('NFC'));
		expect(await docxText(file, nodeInflate)).toBe(text);
	});

	it('reads text only: markup in the text stays text, entities are decoded, tabs and breaks kept', () => {
		const xml =
			'<w:document><w:body><w:p><w:r><w:t>&lt;script&gt;alert(1)&lt;/script&gt; Ông A &amp; bà B</w:t></w:r></w:p>' +
			'<w:p/><w:p><w:r><w:t>Số</w:t><w:tab/><w:t>08</w:t><w:br/><w:t xml:space="preserve">cặp &#7843;nh</w:t></w:r></w:p>' +
			'<w:p><w:r><w:delText>đã xoá</w:delText><w:instrText>HYPERLINK</w:instrText><w:t>còn lại</w:t></w:r></w:p>' +
			'<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ô bảng</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>';
		expect(documentText(xml)).toBe(
			'<script>alert(1)</script> Ông A & bà B\n\nSố\t08\ncặp ảnh\ncòn lại\nô bảng'
		);
	});

	it('stores text NFC, whatever the document held', () => {
		const nfd = 'Quảng Ninh'.normalize('NFD');
		expect(documentText(`<w:document><w:p><w:r><w:t>${nfd}</w:t></w:r></w:p></w:document>`)).toBe(
			'Quảng Ninh'
		);
	});

	it('reads a stored (uncompressed) entry too', async () => {
		const xml = '<w:document><w:body><w:p><w:r><w:t>Một đoạn.</w:t></w:r></w:p></w:body></w:document>';
		expect(await readDocx(zip([{ name: 'word/document.xml', data: xml, stored: true }]))).toBe('Một đoạn.');
	});

	it('names what is wrong with a file that is no readable .docx', async () => {
		expect(await problemOf(new TextEncoder().encode('Chỉ là chữ, không phải tệp nén.'))).toBe('not-docx');
		// A spreadsheet: a zip without word/document.xml.
		expect(await problemOf(zip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]))).toBe('not-docx');
		const whole = docx(paragraphs);
		expect(await problemOf(whole.slice(0, whole.length - 30))).toBe('damaged');
		const broken = whole.slice();
		// The deflated body of document.xml, overwritten: it no longer inflates.
		broken.fill(0xff, 400, 700);
		expect(await problemOf(broken)).toBe('damaged');
		expect(await problemOf(docx({ xml: '<html><body>Không phải Word</body></html>' }))).toBe('damaged');
		expect(
			await problemOf(zip([{ name: 'word/document.xml', data: '<w:document/>', encrypted: true }]))
		).toBe('locked');
	});

	it('stops inflating a zip bomb past the limit', async () => {
		const huge = '<w:document><w:body>' + '<w:p/>'.repeat(6_000_000) + '</w:body></w:document>';
		const bomb = zip([{ name: 'word/document.xml', data: huge }]);
		// The central directory may lie about the size: the decompressor itself stops.
		const view = new DataView(bomb.buffer);
		const central = bomb.length - 22 - 46 - 'word/document.xml'.length;
		view.setUint32(central + 24, 100, true);
		expect(bomb.length).toBeLessThan(200_000);
		expect(await problemOf(bomb)).toBe('too-large');
	});
});
