import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factMarks, findQuoteSpans, segmentText, toParagraphs } from '../../../src/lib/domain/highlight';
import type { FactsFile } from '../../../src/lib/domain/types';

const TEXT = 'Ông A, Phó Chủ tịch UBND tỉnh, cho biết: tỉnh có 08 cặp kết nghĩa. Hội có 1.797 hội viên.';

describe('findQuoteSpans', () => {
	it('finds each quote at its offsets', () => {
		const { spans, missing } = findQuoteSpans(TEXT, [
			{ id: 'pairs', quote: '08 cặp kết nghĩa' },
			{ id: 'members', quote: '1.797 hội viên' }
		]);
		expect(missing).toEqual([]);
		expect(spans.map((s) => TEXT.slice(s.start, s.end))).toEqual(['08 cặp kết nghĩa', '1.797 hội viên']);
		expect(spans.map((s) => s.ids)).toEqual([['pairs'], ['members']]);
	});

	it('merges overlapping and nested quotes into one span carrying every id', () => {
		const { spans } = findQuoteSpans(TEXT, [
			{ id: 'post', quote: 'Ông A, Phó Chủ tịch UBND tỉnh' },
			{ id: 'body', quote: 'UBND tỉnh, cho biết' },
			{ id: 'title', quote: 'Phó Chủ tịch' }
		]);
		expect(spans).toHaveLength(1);
		expect(TEXT.slice(spans[0]!.start, spans[0]!.end)).toBe('Ông A, Phó Chủ tịch UBND tỉnh, cho biết');
		expect(spans[0]!.ids).toEqual(['post', 'body', 'title']);
	});

	it('keeps touching quotes apart', () => {
		const { spans } = findQuoteSpans('abcdef', [
			{ id: 'x', quote: 'abc' },
			{ id: 'y', quote: 'def' }
		]);
		expect(spans).toEqual([
			{ start: 0, end: 3, ids: ['x'] },
			{ start: 3, end: 6, ids: ['y'] }
		]);
	});

	it('matches a quote whose spacing differs, and compares in NFC', () => {
		const decomposed = 'Uỷ viên'.normalize('NFD');
		const { spans, missing } = findQuoteSpans('Ông B, Uỷ viên\n  Đảng đoàn.', [
			{ id: 'a', quote: `${decomposed} Đảng đoàn` }
		]);
		expect(missing).toEqual([]);
		expect(spans[0]).toMatchObject({ start: 7 });
	});

	it('reports a quote that is not in the text, and rejects empty quotes and duplicate ids', () => {
		expect(findQuoteSpans(TEXT, [{ id: 'z', quote: '09 cặp' }]).missing).toEqual(['z']);
		expect(() => findQuoteSpans(TEXT, [{ id: 'e', quote: '  ' }])).toThrow(/Empty quote for id: e/);
		expect(() =>
			findQuoteSpans(TEXT, [
				{ id: 'd', quote: 'Hội' },
				{ id: 'd', quote: 'tỉnh' }
			])
		).toThrow(/Duplicate quote id: d/);
	});
});

describe('segmentText', () => {
	it('rebuilds the whole text from plain and marked segments', () => {
		const { spans } = findQuoteSpans(TEXT, [
			{ id: 'pairs', quote: '08 cặp kết nghĩa' },
			{ id: 'members', quote: '1.797 hội viên' }
		]);
		const segments = segmentText(TEXT, spans);
		expect(segments.map((s) => s.text).join('')).toBe(TEXT);
		expect(segments.filter((s) => s.ids).map((s) => s.text)).toEqual(['08 cặp kết nghĩa', '1.797 hội viên']);
	});

	it('rejects spans out of order', () => {
		expect(() =>
			segmentText('abcdef', [
				{ start: 3, end: 5, ids: ['a'] },
				{ start: 1, end: 2, ids: ['b'] }
			])
		).toThrow(/out of order/);
	});
});

// The real data: every quote of the curated facts must be found in the article.
const factsPath = 'questions/facts/vufo-quang-ninh.json';
const articlePath = 'questions/sources/vufo-quang-ninh.txt';
describe('the built-in article', () => {
	it('contains every fact quote', () => {
		const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as { facts: { id: string; quote: string }[] };
		const text = readFileSync(articlePath, 'utf8');
		const { spans, missing } = findQuoteSpans(text, facts.facts);
		expect(missing).toEqual([]);
		expect(spans.flatMap((s) => s.ids).sort()).toEqual(facts.facts.map((f) => f.id).sort());
	});
});

describe('toParagraphs', () => {
	const ARTICLE = [
		'Đoàn làm việc sáng 23/3.',
		'Điểm nhấn công tác đối ngoại',
		'Ông A phát biểu tại buổi làm việc. |',
		'Tỉnh có 08 cặp kết nghĩa, nhiều hoạt động.',
		'N.Nghiêm/Thời đại'
	].join('\n');

	it('gives one paragraph per line with its kind, and keeps marks on their line', () => {
		const { spans } = findQuoteSpans(ARTICLE, [{ id: 'pairs', quote: '08 cặp kết nghĩa' }]);
		const paras = toParagraphs(ARTICLE, spans);
		expect(paras.map((p) => p.kind)).toEqual(['text', 'heading', 'caption', 'text', 'byline']);
		expect(paras[2]!.segments.map((s) => s.text).join('')).toBe('Ông A phát biểu tại buổi làm việc.');
		expect(paras[3]!.segments.filter((s) => s.ids)).toEqual([{ text: '08 cặp kết nghĩa', ids: ['pairs'] }]);
	});

	it('splits a mark that crosses a line break into one mark per line', () => {
		const text = 'mở đầu câu\ncâu tiếp theo.';
		const { spans } = findQuoteSpans(text, [{ id: 'x', quote: 'câu câu tiếp' }]);
		const paras = toParagraphs(text, spans);
		expect(paras[0]!.segments.at(-1)).toEqual({ text: 'câu', ids: ['x'] });
		expect(paras[1]!.segments[0]).toEqual({ text: 'câu tiếp', ids: ['x'] });
	});
});

describe('findQuoteSpans with values (the article marks values, not sentences)', () => {
	const SENTENCE = 'trên địa bàn tỉnh có 10 chương trình dự án được triển khai bởi 10 tổ chức PCPNN';
	it('marks each value inside its quote, a count by its unit', () => {
		const { spans } = findQuoteSpans(SENTENCE, [
			{ id: 'projects', quote: SENTENCE, values: [{ text: '10', after: 'chương trình dự án' }] },
			{
				id: 'orgs',
				quote: 'được triển khai bởi 10 tổ chức PCPNN',
				values: [{ text: '10', after: 'tổ chức' }]
			}
		]);
		expect(spans).toEqual([
			{ start: SENTENCE.indexOf('10'), end: SENTENCE.indexOf('10') + 2, ids: ['projects'] },
			{ start: SENTENCE.lastIndexOf('10'), end: SENTENCE.lastIndexOf('10') + 2, ids: ['orgs'] }
		]);
	});

	it('falls back to the whole quote when no value is in it, so the fact can still be tapped', () => {
		const { spans } = findQuoteSpans(SENTENCE, [
			{ id: 'x', quote: 'tổ chức PCPNN', values: [{ text: 'PACCOM' }] }
		]);
		expect(spans.map((s) => SENTENCE.slice(s.start, s.end))).toEqual(['tổ chức PCPNN']);
	});

	it('factMarks gives a count its unit and a list its items', () => {
		const base = { id: 'c', topic: 'ngo-aid', subject: 's', quote: 'q' } as const;
		expect(factMarks({ ...base, kind: 'count', value: 10, unit: 'tổ chức', written: '10' })).toEqual([
			{ text: '10', after: 'tổ chức' }
		]);
		expect(factMarks({ ...base, kind: 'list', items: ['Mỹ', 'Tây Âu'] })).toEqual([
			{ text: 'Mỹ' },
			{ text: 'Tây Âu' }
		]);
	});

	it('marks under half of the built-in article (was three quarters with whole quotes), every fact tappable', () => {
		const file = JSON.parse(readFileSync(factsPath, 'utf8')) as FactsFile;
		const text = readFileSync(articlePath, 'utf8').normalize('NFC');
		const { spans, missing } = findQuoteSpans(
			text,
			file.facts.map((f) => ({ id: f.id, quote: f.quote, values: factMarks(f) }))
		);
		expect(missing).toEqual([]);
		expect(new Set(spans.flatMap((s) => s.ids))).toEqual(new Set(file.facts.map((f) => f.id)));
		const marked = spans.reduce((n, s) => n + s.end - s.start, 0);
		expect(marked / text.length).toBeLessThan(0.4);
	});
});
