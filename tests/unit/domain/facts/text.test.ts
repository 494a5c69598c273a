import { describe, expect, it } from 'vitest';
import {
	containsFolded,
	findFolded,
	findNumber,
	foldText,
	isNfc,
	parseWrittenNumber,
	sameFolded
} from '../../../../src/lib/domain/facts/text';

describe('foldText', () => {
	it.each([
		['Uỷ viên Đảng đoàn', 'Ủy viên Đảng đoàn'],
		['hoà bình', 'hòa bình'],
		['thuý', 'thúy'],
		['74 tỉ đồng', '74 TỶ ĐỒNG'],
		['kĩ năng', 'kỹ năng'],
		['Tỉnh  uỷ\u00a0viên', 'tỉnh ủy viên'],
		['“chủ động”', '"chủ động"'],
		['Bản – Bản', 'Bản - Bản']
	])('folds %s like %s', (a, b) => {
		expect(foldText(a)).toBe(foldText(b));
	});

	it('folds NFD input like NFC', () => {
		expect(foldText('Hủa Phăn'.normalize('NFD'))).toBe(foldText('Hủa Phăn'));
	});

	it.each([
		['Mỹ', 'mì'],
		['tỉnh', 'tình'],
		['Phó Chủ tịch', 'Phó Chu tich'],
		['đồng', 'dong']
	])('keeps %s and %s apart', (a, b) => {
		expect(sameFolded(a, b)).toBe(false);
	});
});

describe('findFolded', () => {
	const text = 'ông Nguyễn Văn Doanh, Uỷ viên Đảng đoàn, Phó Chủ tịch VUFO';
	it('finds a differently spelled phrase and returns the original span', () => {
		const [span] = findFolded(text, 'Ủy viên Đảng đoàn');
		expect(span).toBeDefined();
		expect(text.slice(span!.start, span!.end)).toBe('Uỷ viên Đảng đoàn');
	});
	it('matches whole words only', () => {
		expect(containsFolded('Tỉnh uỷ viên', 'uỷ viên')).toBe(true);
		expect(containsFolded('Phó Chủ tịch', 'Chủ tị')).toBe(false);
		expect(containsFolded('Tỉnh uỷ viên', 'tỉnh uỷ viên quảng ninh')).toBe(false);
	});
	it('finds every occurrence', () => {
		expect(findFolded('10 tổ chức và 10 chương trình', '10')).toHaveLength(2);
	});
});

describe('numbers as written', () => {
	it.each([
		['08', 8],
		['1.797', 1797],
		['15.000', 15000],
		['1,6', 1.6],
		['407', 407],
		['2011 - 2020', null],
		['1.6', null],
		['abc', null]
	])('parseWrittenNumber(%s) = %s', (written, value) => {
		expect(parseWrittenNumber(written)).toBe(value);
	});

	it('findNumber never matches part of a longer number', () => {
		expect(findNumber('08 cặp kết nghĩa', '8')).toHaveLength(0);
		expect(findNumber('1.897 hội viên', '897')).toHaveLength(0);
		expect(findNumber('trên 11,6 triệu', '1,6')).toHaveLength(0);
		expect(findNumber('trên 1,6 triệu USD', '1,6')).toHaveLength(1);
		expect(findNumber('(07 cặp Bản - Bản và 01 cặp Xã - Trấn)', '01')).toEqual([{ start: 21, end: 23 }]);
	});
});

describe('isNfc', () => {
	it('tells NFC from NFD', () => {
		expect(isNfc('Quảng Ninh')).toBe(true);
		expect(isNfc('Quảng Ninh'.normalize('NFD'))).toBe(false);
	});
});
