import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber, readNumber } from '../../../../src/lib/domain/answers/numbers';

describe('parseVietnameseNumber: the article as printed', () => {
	it.each([
		['08', 8],
		['07', 7],
		['01', 1],
		['06', 6],
		['05', 5],
		['1.797', 1797],
		['15.000', 15000],
		['hơn 15.000', 15000],
		['407', 407],
		['1,6', 1.6],
		['1,6 triệu USD', 1_600_000],
		['trên 1,6 triệu USD', 1_600_000],
		['trên 74 tỉ đồng', 74e9],
		['74 tỷ', 74e9],
		['56 tỉ đồng', 56e9],
		['200 triệu đồng', 200_000_000],
		['trên 35 tỷ đồng', 35e9],
		['31 tổ chức', 31],
		['08 cặp kết nghĩa', 8],
		['1.797 hội viên', 1797]
	])('%s = %d', (text, want) => {
		expect(parseVietnameseNumber(text)).toBe(want);
	});
});

describe('parseVietnameseNumber: what a learner types', () => {
	it.each([
		['8', 8],
		['1797', 1797],
		['1.6', 1.6],
		['1.60', 1.6],
		['15 nghìn', 15000],
		['15 ngàn', 15000],
		['15 nghin', 15000],
		['15 000', 15000],
		['1,6 trieu', 1_600_000],
		['74 ti', 74e9],
		['74 ty dong', 74e9],
		['1.600.000', 1_600_000],
		['1,600,000', 1_600_000],
		['1.600.000,5', 1_600_000.5],
		['1,600,000.5', 1_600_000.5],
		['2 trăm', 200],
		['1 nghìn tỷ', 1e12],
		['1,1 triệu', 1_100_000],
		['  khoảng   8 ', 8],
		['gần 20', 20],
		['tám', 8],
		['Tám cặp', 8],
		['tam', 8],
		['bảy', 7],
		['bẩy', 7],
		['bay', 7],
		['năm', 5],
		['sáu', 6],
		['chín', 9],
		['một', 1],
		['không', 0],
		['mười', 10],
		['mười hai', 12],
		['mười lăm', 15],
		['hai mươi', 20],
		['hai mươi lăm', 25],
		['ba mươi mốt', 31],
		['hai mươi tư', 24]
	])('%j = %d', (text, want) => {
		expect(parseVietnameseNumber(text)).toBe(want);
	});
});

describe('parseVietnameseNumber: cannot read', () => {
	it.each([
		'',
		'   ',
		'abc',
		'Hủa Phăn',
		'23/3',
		'6/2020',
		'2011 - 2020',
		'năm 2019',
		'1.2.3',
		'1,23,4',
		'lăm',
		'.5'
	])('%j -> null', (text) => {
		expect(parseVietnameseNumber(text)).toBeNull();
	});
});

describe('readNumber', () => {
	it('offers the English thousands reading of a lone comma before three digits, Vietnamese first', () => {
		expect(readNumber('1,797')?.values).toEqual([1.797, 1797]);
	});

	it('has one reading when the notation is unambiguous', () => {
		expect(readNumber('1,6')?.values).toEqual([1.6]);
		expect(readNumber('1.797')?.values).toEqual([1797]);
	});

	it('returns the unit that follows, without diacritics', () => {
		expect(readNumber('1,6 triệu USD')).toEqual({ values: [1_600_000], rest: 'usd' });
		expect(readNumber('08 cặp')).toEqual({ values: [8], rest: 'cap' });
		expect(readNumber('200 triệu đồng')).toEqual({ values: [200_000_000], rest: 'dong' });
	});

	it('keeps scaled values free of float noise', () => {
		for (const [text, want] of [
			['1,1 triệu', 1_100_000],
			['0,7 tỷ', 700_000_000],
			['2,3 nghìn', 2300]
		] as const) {
			expect(readNumber(text)?.values[0]).toBe(want);
		}
	});
});
