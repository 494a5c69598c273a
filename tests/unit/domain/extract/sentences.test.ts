/**
 * Sentence splitting, measured against Intl.Segmenter on a gold file of tricky news sentences
 * (tests/fixtures/sentences/gold.txt, one sentence a line, joined with spaces to make the text):
 * abbreviations (TP., PGS.TS., ThS.), initials (N.Nghiêm, Q. Anh), numbers (1.797, 1,6), dates (23/3,
 * 20/11/2019, 30-6, tháng 6/2020), ellipses, quotes and list punctuation. Boundary F1 of both is printed;
 * ours must be at least Intl.Segmenter's and at least 0.95.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/lib/domain/extract/sentences';
import { ROOT } from '../facts/load';

const gold = readFileSync(join(ROOT, 'tests/fixtures/sentences/gold.txt'), 'utf8').trim().split('\n');
const text = gold.join(' ');
const truth = new Set<number>();
let at = 0;
for (const s of gold.slice(0, -1)) {
	at += s.length;
	truth.add(at);
	at += 1;
}

function f1(found: Set<number>): { precision: number; recall: number; f1: number } {
	const hit = [...found].filter((b) => truth.has(b)).length;
	const precision = hit / Math.max(1, found.size);
	const recall = hit / truth.size;
	return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

/** Internal boundaries (end of each sentence but the last), trailing spaces trimmed. */
function ends(spans: { start: number; end: number }[]): Set<number> {
	return new Set(spans.slice(0, -1).map((s) => s.end));
}

describe('sentence splitting', () => {
	const ours = f1(ends(splitSentences(text)));
	const segments = [...new Intl.Segmenter('vi', { granularity: 'sentence' }).segment(text)].map((s) => ({
		start: s.index,
		end: s.index + s.segment.trimEnd().length
	}));
	const intl = f1(ends(segments));
	console.log(
		`sentence boundaries over ${gold.length} sentences: ours F1 ${ours.f1.toFixed(3)} (P ${ours.precision.toFixed(3)}, R ${ours.recall.toFixed(3)}); Intl.Segmenter F1 ${intl.f1.toFixed(3)} (P ${intl.precision.toFixed(3)}, R ${intl.recall.toFixed(3)})`
	);

	it('does at least as well as Intl.Segmenter, and well', () => {
		expect(ours.f1).toBeGreaterThanOrEqual(intl.f1);
		expect(ours.f1).toBeGreaterThanOrEqual(0.95);
	});

	it('keeps abbreviations, initials, numbers and dates inside a sentence', () => {
		for (const s of [
			'PGS.TS. Nguyễn Văn Minh, Hiệu trưởng nhà trường, phát biểu khai mạc.',
			'Bài viết của N.Nghiêm được đăng ngày 20/11/2019.',
			'Ông Q. Anh, đại diện Sở Ngoại vụ, cho biết thêm.',
			'Số lượng tổ chức PCPNN... vẫn chưa tương xứng.'
		]) {
			const spans = splitSentences(s);
			expect(spans, s).toEqual([{ start: 0, end: s.length }]);
		}
	});

	it('always ends a sentence at a line break, and offsets point into the text', () => {
		const t = 'Dòng một không có dấu chấm\nDòng hai. Câu ba.';
		const spans = splitSentences(t);
		expect(spans.map((s) => t.slice(s.start, s.end))).toEqual([
			'Dòng một không có dấu chấm',
			'Dòng hai.',
			'Câu ba.'
		]);
	});
});
